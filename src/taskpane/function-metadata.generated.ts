/**
 * GENERATED: the English names, descriptions and parameters of the `EC.` functions, as
 * custom-functions-metadata reads them from the JSDoc of src/functions/functions.ts (the same
 * generator that writes dist/functions.json). Do not edit; after changing a function run
 *   npx vitest run src/taskpane/function-catalog.test.ts -u
 * function-catalog.test.ts fails while this file is out of date.
 */
export interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly parameters: readonly { readonly name: string; readonly optional: boolean }[];
}

export const FUNCTION_METADATA: readonly FunctionMetadata[] = [
  {
    "id": "GMV",
    "name": "GMV",
    "description": "GMV: the sum of the order amounts, leaving out closed, cancelled and refunded orders. With order ids, rows sharing an order id count as one order and a repeated order total is taken once.",
    "parameters": [
      {
        "name": "amounts",
        "optional": false
      },
      {
        "name": "statuses",
        "optional": true
      },
      {
        "name": "orderIds",
        "optional": true
      }
    ]
  },
  {
    "id": "AOV",
    "name": "AOV",
    "description": "AOV (客单价): GMV ÷ orders, or GMV ÷ distinct buyers when buyer ids are given. With order ids, rows sharing an order id count as one order.",
    "parameters": [
      {
        "name": "amounts",
        "optional": false
      },
      {
        "name": "buyers",
        "optional": true
      },
      {
        "name": "statuses",
        "optional": true
      },
      {
        "name": "orderIds",
        "optional": true
      }
    ]
  },
  {
    "id": "MARGIN",
    "name": "MARGIN",
    "description": "Gross margin: (revenue − cost) ÷ revenue, over all rows (a revenue-weighted margin).",
    "parameters": [
      {
        "name": "revenue",
        "optional": false
      },
      {
        "name": "cost",
        "optional": false
      }
    ]
  },
  {
    "id": "MARGINBAND",
    "name": "MARGINBAND",
    "description": "Whether each item's margin is below, inside or above the band (default 8%–12%); spills one label per item, down a column or along a row.",
    "parameters": [
      {
        "name": "price",
        "optional": false
      },
      {
        "name": "cost",
        "optional": false
      },
      {
        "name": "low",
        "optional": true
      },
      {
        "name": "high",
        "optional": true
      }
    ]
  },
  {
    "id": "PRICEFORMARGIN",
    "name": "PRICEFORMARGIN",
    "description": "The selling price that gives a target gross margin: cost ÷ (1 − margin). Spills when cost is a range.",
    "parameters": [
      {
        "name": "cost",
        "optional": false
      },
      {
        "name": "margin",
        "optional": false
      }
    ]
  },
  {
    "id": "PRICEBANDS",
    "name": "PRICEBANDS",
    "description": "Orders and GMV per order-amount band with their shares; spills a table with a header row. With order ids, rows sharing an order id count as one order, banded by the order's amount.",
    "parameters": [
      {
        "name": "amounts",
        "optional": false
      },
      {
        "name": "edges",
        "optional": true
      },
      {
        "name": "statuses",
        "optional": true
      },
      {
        "name": "orderIds",
        "optional": true
      }
    ]
  },
  {
    "id": "ROI",
    "name": "ROI",
    "description": "ROI of ad spend: GMV ÷ spend (投产比), or (GMV × margin − spend) ÷ spend in \"profit\" mode.",
    "parameters": [
      {
        "name": "gmv",
        "optional": false
      },
      {
        "name": "spend",
        "optional": false
      },
      {
        "name": "mode",
        "optional": true
      },
      {
        "name": "margin",
        "optional": true
      }
    ]
  },
  {
    "id": "CAC",
    "name": "CAC",
    "description": "Cost per new buyer (CAC): spend ÷ new buyers.",
    "parameters": [
      {
        "name": "spend",
        "optional": false
      },
      {
        "name": "newBuyers",
        "optional": false
      }
    ]
  },
  {
    "id": "CONVERSION",
    "name": "CONVERSION",
    "description": "Conversion rate: paying buyers (or orders) ÷ visitors.",
    "parameters": [
      {
        "name": "converters",
        "optional": false
      },
      {
        "name": "visitors",
        "optional": false
      }
    ]
  },
  {
    "id": "REPURCHASE",
    "name": "REPURCHASE",
    "description": "Repurchase rate (复购率): buyers with two or more orders ÷ buyers with one or more. With order ids, rows sharing an order id count as one order.",
    "parameters": [
      {
        "name": "buyers",
        "optional": false
      },
      {
        "name": "amounts",
        "optional": true
      },
      {
        "name": "statuses",
        "optional": true
      },
      {
        "name": "orderIds",
        "optional": true
      }
    ]
  },
  {
    "id": "RETENTION",
    "name": "RETENTION",
    "description": "Monthly cohort retention: buyers grouped by the month of their first order; for each later month, the share who ordered again. Spills a matrix. With order ids, rows sharing an order id count as one order.",
    "parameters": [
      {
        "name": "buyers",
        "optional": false
      },
      {
        "name": "dates",
        "optional": false
      },
      {
        "name": "statuses",
        "optional": true
      },
      {
        "name": "months",
        "optional": true
      },
      {
        "name": "orderIds",
        "optional": true
      }
    ]
  },
  {
    "id": "GROWTH",
    "name": "GROWTH",
    "description": "Growth: current ÷ previous − 1. With two ranges of equal length, spills one growth per cell, down a column or along a row.",
    "parameters": [
      {
        "name": "current",
        "optional": false
      },
      {
        "name": "previous",
        "optional": false
      }
    ]
  },
  {
    "id": "ATTAINMENT",
    "name": "ATTAINMENT",
    "description": "Attainment: actual ÷ target. With two ranges of equal length, spills one attainment per cell, down a column or along a row.",
    "parameters": [
      {
        "name": "actual",
        "optional": false
      },
      {
        "name": "target",
        "optional": false
      }
    ]
  },
  {
    "id": "ABTEST",
    "name": "ABTEST",
    "description": "A/B test of two conversion rates (two-proportion z-test). Spills lift, CI low, CI high, p-value, significant.",
    "parameters": [
      {
        "name": "controlConversions",
        "optional": false
      },
      {
        "name": "controlVisitors",
        "optional": false
      },
      {
        "name": "treatmentConversions",
        "optional": false
      },
      {
        "name": "treatmentVisitors",
        "optional": false
      },
      {
        "name": "confidence",
        "optional": true
      }
    ]
  },
  {
    "id": "RFM",
    "name": "RFM",
    "description": "RFM segments: recency, frequency and monetary scores 1–5 per buyer and the segment name, or a summary per segment. With order ids, rows sharing an order id count as one order (frequency counts orders).",
    "parameters": [
      {
        "name": "buyers",
        "optional": false
      },
      {
        "name": "dates",
        "optional": false
      },
      {
        "name": "amounts",
        "optional": false
      },
      {
        "name": "asOf",
        "optional": true
      },
      {
        "name": "summary",
        "optional": true
      },
      {
        "name": "statuses",
        "optional": true
      },
      {
        "name": "orderIds",
        "optional": true
      }
    ]
  },
  {
    "id": "SLOWMOVING",
    "name": "SLOWMOVING",
    "description": "Slow-moving stock: days of cover = stock ÷ average daily sales, flagged above a threshold. Spills two columns per row.",
    "parameters": [
      {
        "name": "stock",
        "optional": false
      },
      {
        "name": "unitsSold",
        "optional": false
      },
      {
        "name": "days",
        "optional": false
      },
      {
        "name": "thresholdDays",
        "optional": true
      }
    ]
  },
  {
    "id": "CHANNELS",
    "name": "CHANNELS",
    "description": "The channel table: GMV, orders, spend, ROI, new buyers and cost per new buyer per channel. Spills a table with a header row. With order ids, rows sharing an order id count as one order.",
    "parameters": [
      {
        "name": "channels",
        "optional": false
      },
      {
        "name": "amounts",
        "optional": false
      },
      {
        "name": "buyers",
        "optional": false
      },
      {
        "name": "dates",
        "optional": false
      },
      {
        "name": "spendChannels",
        "optional": true
      },
      {
        "name": "spendAmounts",
        "optional": true
      },
      {
        "name": "statuses",
        "optional": true
      },
      {
        "name": "orderIds",
        "optional": true
      }
    ]
  }
];
