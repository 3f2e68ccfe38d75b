/**
 * GENERATED from the function catalog (src/functions/catalog/): do not edit. After changing an entry run
 *   npx vitest run src/functions/catalog -u
 * The texts and examples of the `EC.` functions as plain data, for the build steps that run outside
 * TypeScript: scripts/localize-functions-metadata.mjs (functions.zh-CN.json) and
 * scripts/function-reference.mjs (the README). It must stay self-contained (no imports).
 */
export interface FunctionTexts {
  readonly id: string;
  readonly en: {
    readonly description: string;
    readonly result: string;
    readonly parameters: readonly { readonly name: string; readonly optional: boolean; readonly description: string }[];
  };
  readonly zh: {
    readonly description: string;
    readonly result: string;
    readonly parameters: readonly { readonly name: string; readonly description: string }[];
  };
  readonly example: { readonly formula: string; readonly result: string };
}

export const FUNCTION_TEXTS: readonly FunctionTexts[] = [
  {
    "id": "GMV",
    "en": {
      "description": "GMV: the sum of the order amounts, leaving out closed, cancelled and refunded orders. With order ids, rows sharing an order id count as one order and a repeated order total is taken once.",
      "result": "GMV, in the currency of the amounts.",
      "parameters": [
        {
          "name": "amounts",
          "optional": false,
          "description": "Order amounts (paid amount per order). Currency text like ¥1,234 and 1.2万 is read."
        },
        {
          "name": "statuses",
          "optional": true,
          "description": "Order statuses, row by row; 交易关闭, 退款成功, cancelled, refunded … are left out."
        },
        {
          "name": "orderIds",
          "optional": true,
          "description": "Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own."
        }
      ]
    },
    "zh": {
      "description": "成交总额：订单金额之和，不含交易关闭、已退款的订单。给出订单编号时，订单编号相同的行算作一笔订单，重复的整单金额只计一次。",
      "result": "GMV，币种与订单金额相同。",
      "parameters": [
        {
          "name": "金额",
          "description": "订单金额（每笔订单的实付金额），可识别 ¥1,234、1.2万 这样的文本。"
        },
        {
          "name": "订单状态",
          "description": "订单状态，与金额逐行对应；交易关闭、退款成功、已取消等订单不计入。"
        },
        {
          "name": "订单编号",
          "description": "每行的订单编号：订单编号相同的行算作一笔订单（商品明细行、抖店子订单），订单金额为各行金额之和，或在每行重复、只写在首行的整单金额只取一次；订单编号为空的行各自算一笔订单。"
        }
      ]
    },
    "example": {
      "formula": "=EC.GMV(D2:D5001, E2:E5001, A2:A5001)",
      "result": "the paid amounts of the counted orders, each order's amount once however many lines it has, e.g. 1,234,567.80"
    }
  },
  {
    "id": "AOV",
    "en": {
      "description": "AOV (客单价): GMV ÷ orders, or GMV ÷ distinct buyers when buyer ids are given. With order ids, rows sharing an order id count as one order.",
      "result": "Average order value, or GMV per buyer.",
      "parameters": [
        {
          "name": "amounts",
          "optional": false,
          "description": "Order amounts."
        },
        {
          "name": "buyers",
          "optional": true,
          "description": "Buyer ids, row by row: the result is then GMV per distinct buyer (生意参谋's 客单价)."
        },
        {
          "name": "statuses",
          "optional": true,
          "description": "Order statuses; closed and refunded orders are left out."
        },
        {
          "name": "orderIds",
          "optional": true,
          "description": "Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own."
        }
      ]
    },
    "zh": {
      "description": "客单价：GMV ÷ 订单数；给出买家 ID 时为 GMV ÷ 去重后的买家数。给出订单编号时，订单编号相同的行算作一笔订单。",
      "result": "平均每单金额，或每位买家的成交额。",
      "parameters": [
        {
          "name": "金额",
          "description": "订单金额。"
        },
        {
          "name": "买家",
          "description": "买家 ID，与金额逐行对应；给出后结果为每位买家的成交额（生意参谋口径的客单价）。"
        },
        {
          "name": "订单状态",
          "description": "订单状态；交易关闭、已退款的订单不计入。"
        },
        {
          "name": "订单编号",
          "description": "每行的订单编号：订单编号相同的行算作一笔订单（商品明细行、抖店子订单），订单金额为各行金额之和，或在每行重复、只写在首行的整单金额只取一次；订单编号为空的行各自算一笔订单。"
        }
      ]
    },
    "example": {
      "formula": "=EC.AOV(D2:D5001, B2:B5001, E2:E5001, A2:A5001)",
      "result": "GMV per distinct buyer, e.g. 186.40 (leave out the buyers for GMV per order)"
    }
  },
  {
    "id": "ORDERS",
    "en": {
      "description": "Orders: the number of orders with an amount, leaving out closed, cancelled and refunded orders. With order ids, rows sharing an order id count as one order, so an order of three lines is one order.",
      "result": "The number of counted orders: EC.GMV ÷ EC.ORDERS is EC.AOV.",
      "parameters": [
        {
          "name": "amounts",
          "optional": false,
          "description": "Order amounts: a row without an amount is not an order (a blank line under an order, a note row)."
        },
        {
          "name": "statuses",
          "optional": true,
          "description": "Order statuses; closed and refunded orders are left out."
        },
        {
          "name": "orderIds",
          "optional": true,
          "description": "Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own."
        }
      ]
    },
    "zh": {
      "description": "订单数：有金额的订单笔数，不含交易关闭、已退款的订单。给出订单编号时，订单编号相同的行算作一笔订单，三行商品明细的订单算一笔。",
      "result": "计入的订单笔数：EC.GMV ÷ EC.ORDERS 即 EC.AOV。",
      "parameters": [
        {
          "name": "金额",
          "description": "订单金额：没有金额的行不算订单（订单下的空行、备注行）。"
        },
        {
          "name": "订单状态",
          "description": "订单状态；交易关闭、已退款的订单不计入。"
        },
        {
          "name": "订单编号",
          "description": "每行的订单编号：订单编号相同的行算作一笔订单（商品明细行、抖店子订单），订单金额为各行金额之和，或在每行重复、只写在首行的整单金额只取一次；订单编号为空的行各自算一笔订单。"
        }
      ]
    },
    "example": {
      "formula": "=EC.ORDERS(D2:D5001, E2:E5001, A2:A5001)",
      "result": "the number of counted orders, each order once however many lines it has, e.g. 6,624"
    }
  },
  {
    "id": "MARGIN",
    "en": {
      "description": "Gross margin: (revenue − cost) ÷ revenue, over all rows (a revenue-weighted margin).",
      "result": "Gross margin as a fraction (0.1 = 10%).",
      "parameters": [
        {
          "name": "revenue",
          "optional": false,
          "description": "Revenue (or price), one number or a range."
        },
        {
          "name": "cost",
          "optional": false,
          "description": "Cost, one number or a range lined up with revenue."
        }
      ]
    },
    "zh": {
      "description": "毛利率：(收入 − 成本) ÷ 收入，对所有行合并计算（即按收入加权）。",
      "result": "毛利率，以小数表示（0.1 即 10%）。",
      "parameters": [
        {
          "name": "收入",
          "description": "收入（或售价），单个数字或一个区域。"
        },
        {
          "name": "成本",
          "description": "成本，单个数字或与收入逐行对应的区域。"
        }
      ]
    },
    "example": {
      "formula": "=EC.MARGIN(D2:D5001, G2:G5001)",
      "result": "0.182, an 18.2% gross margin"
    }
  },
  {
    "id": "MARGINBAND",
    "en": {
      "description": "Whether each item's margin is below, inside or above the band (default 8%–12%); spills one label per item, down a column or along a row.",
      "result": "below / inside / above for each row; blank rows stay blank.",
      "parameters": [
        {
          "name": "price",
          "optional": false,
          "description": "Selling price per item (or revenue per row)."
        },
        {
          "name": "cost",
          "optional": false,
          "description": "Cost per item, lined up with price."
        },
        {
          "name": "low",
          "optional": true,
          "description": "Lowest acceptable margin (default 0.08)."
        },
        {
          "name": "high",
          "optional": true,
          "description": "Highest expected margin (default 0.12)."
        }
      ]
    },
    "zh": {
      "description": "逐件判断毛利率低于、处于还是高于区间（默认 8%–12%），每件商品返回一个结果（向下或向右）。",
      "result": "每行为“低于区间”“区间内”或“高于区间”；空行保持空白。",
      "parameters": [
        {
          "name": "售价",
          "description": "每件商品的售价（或每行的收入）。"
        },
        {
          "name": "成本",
          "description": "每件商品的成本，与售价逐行对应。"
        },
        {
          "name": "下限",
          "description": "可接受的最低毛利率（默认 0.08）。"
        },
        {
          "name": "上限",
          "description": "预期的最高毛利率（默认 0.12）。"
        }
      ]
    },
    "example": {
      "formula": "=EC.MARGINBAND(D2:D5001, G2:G5001, 8%, 12%)",
      "result": "below / inside / above, one label per row"
    }
  },
  {
    "id": "PRICEFORMARGIN",
    "en": {
      "description": "The selling price that gives a target gross margin: cost ÷ (1 − margin). Spills when cost is a range.",
      "result": "The price for each cost.",
      "parameters": [
        {
          "name": "cost",
          "optional": false,
          "description": "Unit cost, one number or a column."
        },
        {
          "name": "margin",
          "optional": false,
          "description": "Target gross margin, e.g. 0.12 or 12%; negative to clear stock at a loss (-1.5%)."
        }
      ]
    },
    "zh": {
      "description": "达到目标毛利率所需的售价：成本 ÷ (1 − 毛利率)。成本为区域时按区域方向（向下或向右）逐个返回。",
      "result": "每个成本对应的售价。",
      "parameters": [
        {
          "name": "成本",
          "description": "单位成本，单个数字或一列。"
        },
        {
          "name": "毛利率",
          "description": "目标毛利率，如 0.12 或 12%；亏本清仓时填负数（如 -1.5%）。"
        }
      ]
    },
    "example": {
      "formula": "=EC.PRICEFORMARGIN(G2:G20, 12%)",
      "result": "100 for a cost of 88"
    }
  },
  {
    "id": "PRICEBANDS",
    "en": {
      "description": "Orders and GMV per order-amount band with their shares; spills a table with a header row. With order ids, rows sharing an order id count as one order, banded by the order's amount.",
      "result": "Band, orders, order share, GMV, GMV share.",
      "parameters": [
        {
          "name": "amounts",
          "optional": false,
          "description": "Order amounts."
        },
        {
          "name": "edges",
          "optional": true,
          "description": "Band edges, increasing (default 50, 100, 200, 500)."
        },
        {
          "name": "statuses",
          "optional": true,
          "description": "Order statuses; closed and refunded orders are left out."
        },
        {
          "name": "orderIds",
          "optional": true,
          "description": "Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own."
        }
      ]
    },
    "zh": {
      "description": "按订单金额划分价格带，统计各价格带的订单数、GMV 及占比，返回带表头的表格。给出订单编号时，订单编号相同的行算作一笔订单，按整单金额划分价格带。",
      "result": "价格带、订单数、订单占比、GMV、GMV 占比。",
      "parameters": [
        {
          "name": "金额",
          "description": "订单金额。"
        },
        {
          "name": "分界点",
          "description": "价格带分界点，须递增（默认 50、100、200、500）。"
        },
        {
          "name": "订单状态",
          "description": "订单状态；交易关闭、已退款的订单不计入。"
        },
        {
          "name": "订单编号",
          "description": "每行的订单编号：订单编号相同的行算作一笔订单（商品明细行、抖店子订单），订单金额为各行金额之和，或在每行重复、只写在首行的整单金额只取一次；订单编号为空的行各自算一笔订单。"
        }
      ]
    },
    "example": {
      "formula": "=EC.PRICEBANDS(D2:D5001, {50,100,200,500}, E2:E5001, A2:A5001)",
      "result": "a table: band, orders, order share, GMV, GMV share"
    }
  },
  {
    "id": "ROI",
    "en": {
      "description": "ROI of ad spend: GMV ÷ spend (投产比), or (GMV × margin − spend) ÷ spend in \"profit\" mode.",
      "result": "ROI as a ratio (1.2 = ¥1.2 per ¥1 spent).",
      "parameters": [
        {
          "name": "gmv",
          "optional": false,
          "description": "Attributed GMV: one number or a range to sum."
        },
        {
          "name": "spend",
          "optional": false,
          "description": "Ad spend: one number or a range to sum."
        },
        {
          "name": "mode",
          "optional": true,
          "description": "\"gmv\" (default) or \"profit\"."
        },
        {
          "name": "margin",
          "optional": true,
          "description": "Gross margin for profit mode, e.g. 0.3."
        }
      ]
    },
    "zh": {
      "description": "广告投产比：GMV ÷ 花费；“profit”模式为 (GMV × 毛利率 − 花费) ÷ 花费。",
      "result": "投产比（1.2 表示每花 ¥1 带来 ¥1.2）。",
      "parameters": [
        {
          "name": "GMV",
          "description": "归因 GMV：单个数字或要求和的区域。"
        },
        {
          "name": "花费",
          "description": "广告花费：单个数字或要求和的区域。"
        },
        {
          "name": "口径",
          "description": "计算口径：\"gmv\"（默认，投产比）或 \"profit\"（利润口径）。"
        },
        {
          "name": "毛利率",
          "description": "profit 模式使用的毛利率，如 0.3。"
        }
      ]
    },
    "example": {
      "formula": "=EC.ROI(90000, 投放!C2:C31)",
      "result": "0.9: ¥0.9 of GMV per ¥1 spent"
    }
  },
  {
    "id": "CAC",
    "en": {
      "description": "Cost per new buyer (CAC): spend ÷ new buyers.",
      "result": "Spend per new buyer.",
      "parameters": [
        {
          "name": "spend",
          "optional": false,
          "description": "Ad spend: one number or a range to sum."
        },
        {
          "name": "newBuyers",
          "optional": false,
          "description": "Number of new buyers: one number or a range to sum."
        }
      ]
    },
    "zh": {
      "description": "新客成本：花费 ÷ 新客数。",
      "result": "平均每位新客的花费。",
      "parameters": [
        {
          "name": "花费",
          "description": "广告花费：单个数字或要求和的区域。"
        },
        {
          "name": "新客数",
          "description": "新客数：单个数字或要求和的区域。"
        }
      ]
    },
    "example": {
      "formula": "=EC.CAC(3800, 100)",
      "result": "38 per new buyer"
    }
  },
  {
    "id": "ATTRIBUTION",
    "en": {
      "description": "Credits conversion paths (channels joined by >, ›, → or commas, as GA4's paths report writes them) to their channels under last touch, first touch, linear, position-based (40/20/40), the Markov chain (removal effects) and the Shapley value, side by side; or under one model. Every model's credits add up to the conversions (and the value). Channel names differing only by case or spacing are one channel. Spills a table.",
      "result": "Channel, then the conversions credited under each model (and the value, when given); with a model named: channel, conversions, share, value.",
      "parameters": [
        {
          "name": "paths",
          "optional": false,
          "description": "Conversion path of each row: 小红书 > 抖音本地推 > 站内搜索."
        },
        {
          "name": "conversions",
          "optional": false,
          "description": "Conversions of each path."
        },
        {
          "name": "value",
          "optional": true,
          "description": "Conversion value (GMV) of each path."
        },
        {
          "name": "model",
          "optional": true,
          "description": "One model: lasttouch, firsttouch, linear, positionbased, markov or shapley (default all, side by side)."
        }
      ]
    },
    "zh": {
      "description": "把转化路径（渠道以 >、›、→ 或逗号连接，与 GA4 路径报告一致）的转化按末次触点、首次触点、线性、位置（40/20/40）、马尔可夫链（移除效应）和 Shapley 值分给各渠道，并列展示；也可只看一个模型。每个模型分出的转化（及价值）合计等于总数。只差大小写或空格的渠道名视为同一渠道。返回表格。",
      "result": "渠道，以及各模型分到的转化数（给出价值时还有价值）；指定模型时：渠道、转化数、占比、价值。",
      "parameters": [
        {
          "name": "转化路径",
          "description": "每行的转化路径：小红书 > 抖音本地推 > 站内搜索。"
        },
        {
          "name": "转化数",
          "description": "每条路径的转化数。"
        },
        {
          "name": "转化价值",
          "description": "每条路径的转化价值（成交金额）。"
        },
        {
          "name": "模型",
          "description": "只看一个模型：lasttouch、firsttouch、linear、positionbased、markov 或 shapley（默认 all，全部并列）。"
        }
      ]
    },
    "example": {
      "formula": "=EC.ATTRIBUTION(A2:A4, B2:B4, C2:C4)",
      "result": "with 小红书 > 站内搜索 (10), 站内搜索 (5) and 小红书 > 直播 > 站内搜索 (5): last touch gives 站内搜索 all 20, linear gives 小红书 6.67, Markov and Shapley show 小红书's part in opening paths"
    }
  },
  {
    "id": "CONVERSION",
    "en": {
      "description": "Conversion rate: paying buyers (or orders) ÷ visitors.",
      "result": "Conversion rate as a fraction (0.032 = 3.2%).",
      "parameters": [
        {
          "name": "converters",
          "optional": false,
          "description": "Paying buyers, or orders where buyers are unknown: one number or a range to sum."
        },
        {
          "name": "visitors",
          "optional": false,
          "description": "Visitors: one number or a range to sum."
        }
      ]
    },
    "zh": {
      "description": "转化率：支付买家数（或订单数）÷ 访客数。",
      "result": "转化率，以小数表示（0.032 即 3.2%）。",
      "parameters": [
        {
          "name": "支付买家数",
          "description": "支付买家数，无买家数据时用订单数：单个数字或要求和的区域。"
        },
        {
          "name": "访客数",
          "description": "访客数：单个数字或要求和的区域。"
        }
      ]
    },
    "example": {
      "formula": "=EC.CONVERSION(320, 10000)",
      "result": "0.032, a 3.2% conversion rate"
    }
  },
  {
    "id": "REPURCHASE",
    "en": {
      "description": "Repurchase rate (复购率): buyers with two or more orders ÷ buyers with one or more. With order ids, rows sharing an order id count as one order.",
      "result": "Repurchase rate as a fraction (0.18 = 18%).",
      "parameters": [
        {
          "name": "buyers",
          "optional": false,
          "description": "Buyer id of each order."
        },
        {
          "name": "amounts",
          "optional": true,
          "description": "Order amounts, row by row: rows without an amount are not orders."
        },
        {
          "name": "statuses",
          "optional": true,
          "description": "Order statuses; closed and refunded orders are left out."
        },
        {
          "name": "orderIds",
          "optional": true,
          "description": "Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own."
        }
      ]
    },
    "zh": {
      "description": "复购率：下单 2 次及以上的买家数 ÷ 下单 1 次及以上的买家数。给出订单编号时，订单编号相同的行算作一笔订单。",
      "result": "复购率，以小数表示（0.18 即 18%）。",
      "parameters": [
        {
          "name": "买家",
          "description": "每笔订单的买家 ID。"
        },
        {
          "name": "金额",
          "description": "订单金额，与买家逐行对应；没有金额的行不算订单。"
        },
        {
          "name": "订单状态",
          "description": "订单状态；交易关闭、已退款的订单不计入。"
        },
        {
          "name": "订单编号",
          "description": "每行的订单编号：订单编号相同的行算作一笔订单（商品明细行、抖店子订单），订单金额为各行金额之和，或在每行重复、只写在首行的整单金额只取一次；订单编号为空的行各自算一笔订单。"
        }
      ]
    },
    "example": {
      "formula": "=EC.REPURCHASE(B2:B5001, D2:D5001, E2:E5001, A2:A5001)",
      "result": "0.21: 21% of buyers placed two orders or more (the lines of one order are one order)"
    }
  },
  {
    "id": "FIRSTPRODUCT",
    "en": {
      "description": "Repurchase by first product: for buyers whose first order falls between from and to, the repurchase rate (two or more orders in that window) per item of their first order, with its 95% Wilson interval. With order ids, rows sharing an order id count as one order, whose item is its largest line by amount (the first listed on a tie). Spills a table, most first-time buyers first.",
      "result": "Item, first-time buyers, repeat buyers, repurchase rate, CI low, CI high.",
      "parameters": [
        {
          "name": "buyers",
          "optional": false,
          "description": "Buyer id of each row."
        },
        {
          "name": "dates",
          "optional": false,
          "description": "Order date of each row (payment time, else creation time)."
        },
        {
          "name": "items",
          "optional": false,
          "description": "Item of each row: the SKU (商家编码) or the item title."
        },
        {
          "name": "amounts",
          "optional": true,
          "description": "Amount of each row: rows without an amount are not orders, and of an order's lines the largest is its item."
        },
        {
          "name": "statuses",
          "optional": true,
          "description": "Order statuses; closed and refunded orders (and lines) are left out."
        },
        {
          "name": "from",
          "optional": true,
          "description": "First day of the window (default: the earliest order)."
        },
        {
          "name": "to",
          "optional": true,
          "description": "Last day of the window, included (default: the latest order)."
        },
        {
          "name": "orderIds",
          "optional": true,
          "description": "Order id of each row: rows sharing an order id are one order (line items); a blank id makes the row an order of its own."
        }
      ]
    },
    "zh": {
      "description": "按首购商品看复购：首单落在起止日期之间的新客，按首单商品分组，计算其在该时间范围内下单 2 次及以上的比例（复购率）及 95% Wilson 置信区间。给出订单编号时，订单编号相同的行算作一笔订单，其商品取金额最大的一行（金额相同取先列出的一行）。返回按新客数从多到少排列的表格。",
      "result": "商品、新客数、复购人数、复购率、置信下限、置信上限。",
      "parameters": [
        {
          "name": "买家",
          "description": "每行的买家 ID。"
        },
        {
          "name": "下单日期",
          "description": "每行的订单日期（付款时间，没有则用创建时间）。"
        },
        {
          "name": "商品",
          "description": "每行的商品：SKU（商家编码）或商品标题。"
        },
        {
          "name": "金额",
          "description": "每行的金额：没有金额的行不算订单；一笔订单的多行中金额最大的一行是其商品。"
        },
        {
          "name": "订单状态",
          "description": "订单状态；交易关闭、已退款的订单（及商品行）不计入。"
        },
        {
          "name": "起始日期",
          "description": "时间范围的第一天（默认最早的订单）。"
        },
        {
          "name": "截止日期",
          "description": "时间范围的最后一天，含当天（默认最晚的订单）。"
        },
        {
          "name": "订单编号",
          "description": "每行的订单编号：订单编号相同的行算作一笔订单（商品明细行）；订单编号为空的行各自算一笔订单。"
        }
      ]
    },
    "example": {
      "formula": "=EC.FIRSTPRODUCT(B2:B5001, C2:C5001, F2:F5001, D2:D5001, E2:E5001, DATE(2025,6,1), DATE(2025,10,31), A2:A5001)",
      "result": "a table: each first item with its first-time buyers, how many came back, the repurchase rate and its 95% interval"
    }
  },
  {
    "id": "RETENTION",
    "en": {
      "description": "Monthly cohort retention: buyers grouped by the month of their first order; for each later month, the share who ordered again. Spills a matrix. With order ids, rows sharing an order id count as one order.",
      "result": "Cohort month, buyers, then the share retained in month 0, 1, 2 …; months not yet reached stay blank.",
      "parameters": [
        {
          "name": "buyers",
          "optional": false,
          "description": "Buyer id of each order."
        },
        {
          "name": "dates",
          "optional": false,
          "description": "Order date of each order (date, date-time or text such as 2025/6/1 10:22)."
        },
        {
          "name": "statuses",
          "optional": true,
          "description": "Order statuses; closed and refunded orders are left out."
        },
        {
          "name": "months",
          "optional": true,
          "description": "Months after the first to show (default 12, at most 31)."
        },
        {
          "name": "orderIds",
          "optional": true,
          "description": "Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own."
        }
      ]
    },
    "zh": {
      "description": "按月同期群留存：按首购月份给买家分组，计算此后每个月再次下单的比例，返回矩阵。给出订单编号时，订单编号相同的行算作一笔订单。",
      "result": "首购月、买家数，以及第 0、1、2 … 月的留存比例；尚未到来的月份留空。",
      "parameters": [
        {
          "name": "买家",
          "description": "每笔订单的买家 ID。"
        },
        {
          "name": "下单日期",
          "description": "每笔订单的下单日期（日期、日期时间，或 2025/6/1 10:22 这样的文本）。"
        },
        {
          "name": "订单状态",
          "description": "订单状态；交易关闭、已退款的订单不计入。"
        },
        {
          "name": "月数",
          "description": "首购之后显示的月数（默认 12，最多 31）。"
        },
        {
          "name": "订单编号",
          "description": "每行的订单编号：订单编号相同的行算作一笔订单（商品明细行、抖店子订单），订单金额为各行金额之和，或在每行重复、只写在首行的整单金额只取一次；订单编号为空的行各自算一笔订单。"
        }
      ]
    },
    "example": {
      "formula": "=EC.RETENTION(B2:B5001, C2:C5001, E2:E5001, 6, A2:A5001)",
      "result": "a cohort matrix: first-order month, buyers, M0 … M6"
    }
  },
  {
    "id": "GROWTH",
    "en": {
      "description": "Growth: current ÷ previous − 1. With two ranges of equal length, spills one growth per cell, down a column or along a row.",
      "result": "Growth as a fraction (0.125 = +12.5%).",
      "parameters": [
        {
          "name": "current",
          "optional": false,
          "description": "This period's value (or a column of them)."
        },
        {
          "name": "previous",
          "optional": false,
          "description": "The previous period's value (or a column of them)."
        }
      ]
    },
    "zh": {
      "description": "增长率：本期 ÷ 上期 − 1。给出两个等长区域时按区域方向（向下或向右）逐个返回增长率。",
      "result": "增长率，以小数表示（0.125 即 +12.5%）。",
      "parameters": [
        {
          "name": "本期",
          "description": "本期数值（或一列本期数值）。"
        },
        {
          "name": "上期",
          "description": "上期数值（或一列上期数值）。"
        }
      ]
    },
    "example": {
      "formula": "=EC.GROWTH(0.9, 1.2)",
      "result": "-0.25: ROI fell 25%"
    }
  },
  {
    "id": "ATTAINMENT",
    "en": {
      "description": "Attainment: actual ÷ target. With two ranges of equal length, spills one attainment per cell, down a column or along a row.",
      "result": "Attainment as a fraction (0.792 = 79.2%).",
      "parameters": [
        {
          "name": "actual",
          "optional": false,
          "description": "The actual value (or a column of them)."
        },
        {
          "name": "target",
          "optional": false,
          "description": "The target (or a column of them)."
        }
      ]
    },
    "zh": {
      "description": "目标达成率：实际 ÷ 目标。给出两个等长区域时按区域方向（向下或向右）逐个返回达成率。",
      "result": "达成率，以小数表示（0.792 即 79.2%）。",
      "parameters": [
        {
          "name": "实际",
          "description": "实际值（或一列实际值）。"
        },
        {
          "name": "目标",
          "description": "目标值（或一列目标值）。"
        }
      ]
    },
    "example": {
      "formula": "=EC.ATTAINMENT(19800000, 25000000)",
      "result": "0.792: 79.2% of the target"
    }
  },
  {
    "id": "ABTEST",
    "en": {
      "description": "A/B test of two conversion rates (two-proportion z-test). Spills lift, CI low, CI high, p-value, significant.",
      "result": "A header row and a row of: lift, CI low, CI high, p-value, significant (TRUE/FALSE).",
      "parameters": [
        {
          "name": "controlConversions",
          "optional": false,
          "description": "Conversions in the control group."
        },
        {
          "name": "controlVisitors",
          "optional": false,
          "description": "Visitors in the control group."
        },
        {
          "name": "treatmentConversions",
          "optional": false,
          "description": "Conversions in the treatment group."
        },
        {
          "name": "treatmentVisitors",
          "optional": false,
          "description": "Visitors in the treatment group."
        },
        {
          "name": "confidence",
          "optional": true,
          "description": "Confidence level (default 0.95)."
        }
      ]
    },
    "zh": {
      "description": "两组转化率的 A/B 检验（双比例 z 检验），返回提升幅度、置信下限、置信上限、p 值和是否显著。",
      "result": "一行表头加一行结果：提升幅度、置信下限、置信上限、p 值、是否显著（TRUE/FALSE）。",
      "parameters": [
        {
          "name": "对照组转化数",
          "description": "对照组的转化数。"
        },
        {
          "name": "对照组访客数",
          "description": "对照组的访客数。"
        },
        {
          "name": "实验组转化数",
          "description": "实验组的转化数。"
        },
        {
          "name": "实验组访客数",
          "description": "实验组的访客数。"
        },
        {
          "name": "置信水平",
          "description": "置信水平（默认 0.95）。"
        }
      ]
    },
    "example": {
      "formula": "=EC.ABTEST(500, 10000, 546, 10000)",
      "result": "lift 9.2%, its 95% interval, the p-value and TRUE/FALSE for significant"
    }
  },
  {
    "id": "EXPERIMENT",
    "en": {
      "description": "An experiment of two or more arms: each arm's conversion with its Wilson interval, and against the control (the arm named control, 对照 or A, else the first) the lift with its interval, the pooled z-test's z and p-value, and the minimum detectable effect at 80% power, MDE = (z₁₋α/₂ + z₀.₈) × √(p(1−p)(1/n₁+1/n₂)), with a warning when the lift is not significant or below the MDE. Rows of one arm are added up. Spills a table.",
      "result": "Arm, visitors, conversions, conversion, CI low, CI high, revenue per visitor, lift, lift CI low, lift CI high, z, p-value, significant, MDE (points), MDE (relative), warning.",
      "parameters": [
        {
          "name": "arms",
          "optional": false,
          "description": "Arm (group, variant) of each row: 对照组, A, B …"
        },
        {
          "name": "visitors",
          "optional": false,
          "description": "Visitors (users exposed) of each row."
        },
        {
          "name": "conversions",
          "optional": false,
          "description": "Conversions (paying buyers) of each row."
        },
        {
          "name": "revenue",
          "optional": true,
          "description": "Revenue of each row, for revenue per visitor."
        },
        {
          "name": "confidence",
          "optional": true,
          "description": "Confidence level (default 0.95); the significance level is 1 − confidence."
        },
        {
          "name": "power",
          "optional": true,
          "description": "Power of the minimum detectable effect (default 0.8)."
        }
      ]
    },
    "zh": {
      "description": "两组及以上的实验：各组转化率及其 Wilson 区间；与对照组（名为 control、对照或 A 的组，否则第一组）相比的提升及其区间、合并方差 z 检验的 z 值和 p 值，以及 80% 功效下的最小可检测差 MDE = (z₁₋α/₂ + z₀.₈) × √(p(1−p)(1/n₁+1/n₂))；提升不显著或低于 MDE 时给出提示。同一组的多行相加。返回表格。",
      "result": "组别、访客数、转化数、转化率、置信下限、置信上限、访客价值、提升、提升置信下限、提升置信上限、z、p 值、是否显著、最小可检测差（百分点）、最小可检测提升、提示。",
      "parameters": [
        {
          "name": "组别",
          "description": "每行的组别（分组、版本）：对照组、A、B……"
        },
        {
          "name": "访客数",
          "description": "每行的访客数（曝光人数）。"
        },
        {
          "name": "转化数",
          "description": "每行的转化数（支付买家数）。"
        },
        {
          "name": "成交金额",
          "description": "每行的成交金额，用于计算访客价值。"
        },
        {
          "name": "置信水平",
          "description": "置信水平（默认 0.95）；显著性水平为 1 − 置信水平。"
        },
        {
          "name": "功效",
          "description": "最小可检测差的检验功效（默认 0.8）。"
        }
      ]
    },
    "example": {
      "formula": "=EC.EXPERIMENT(B2:B3, C2:C3, D2:D3, E2:E3)",
      "result": "with A 200/10,000 and B 250/10,000: B's lift +25%, z 2.384, p 0.0171, MDE 27.7%, warned: below the MDE"
    }
  },
  {
    "id": "RFM",
    "en": {
      "description": "RFM segments: recency, frequency and monetary scores 1–5 per buyer and the segment name, or a summary per segment. With order ids, rows sharing an order id count as one order (frequency counts orders).",
      "result": "Per buyer: buyer, recency (days), frequency, monetary, R, F, M, segment. Per segment: segment, buyers, buyer share, GMV, GMV share.",
      "parameters": [
        {
          "name": "buyers",
          "optional": false,
          "description": "Buyer id of each order."
        },
        {
          "name": "dates",
          "optional": false,
          "description": "Order date of each order."
        },
        {
          "name": "amounts",
          "optional": false,
          "description": "Order amount of each order."
        },
        {
          "name": "asOf",
          "optional": true,
          "description": "Reference date for recency (default: the latest order date)."
        },
        {
          "name": "summary",
          "optional": true,
          "description": "TRUE for one row per segment (buyers, shares) instead of one row per buyer."
        },
        {
          "name": "statuses",
          "optional": true,
          "description": "Order statuses; closed and refunded orders are left out."
        },
        {
          "name": "orderIds",
          "optional": true,
          "description": "Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own."
        }
      ]
    },
    "zh": {
      "description": "RFM 客户分层：每位买家的最近购买（R）、购买频次（F）、消费金额（M）1–5 分及分层名称，或按分层汇总。给出订单编号时，订单编号相同的行算作一笔订单（购买频次按订单计）。",
      "result": "按买家：买家、最近购买（天）、购买频次、消费金额、R、F、M、客户分层。按分层：客户分层、买家数、买家占比、GMV、GMV 占比。",
      "parameters": [
        {
          "name": "买家",
          "description": "每笔订单的买家 ID。"
        },
        {
          "name": "下单日期",
          "description": "每笔订单的下单日期。"
        },
        {
          "name": "金额",
          "description": "每笔订单的金额。"
        },
        {
          "name": "基准日期",
          "description": "计算最近购买天数的基准日期（默认为最晚的下单日期）。"
        },
        {
          "name": "汇总",
          "description": "为 TRUE 时每个分层一行（买家数、占比），否则每位买家一行。"
        },
        {
          "name": "订单状态",
          "description": "订单状态；交易关闭、已退款的订单不计入。"
        },
        {
          "name": "订单编号",
          "description": "每行的订单编号：订单编号相同的行算作一笔订单（商品明细行、抖店子订单），订单金额为各行金额之和，或在每行重复、只写在首行的整单金额只取一次；订单编号为空的行各自算一笔订单。"
        }
      ]
    },
    "example": {
      "formula": "=EC.RFM(B2:B5001, C2:C5001, D2:D5001, , TRUE, E2:E5001, A2:A5001)",
      "result": "one row per segment: buyers, buyer share, GMV, GMV share"
    }
  },
  {
    "id": "SLOWMOVING",
    "en": {
      "description": "Slow-moving stock: days of cover = stock ÷ average daily sales, flagged above a threshold. Spills two columns per row.",
      "result": "Days of cover and TRUE when slow-moving, per item.",
      "parameters": [
        {
          "name": "stock",
          "optional": false,
          "description": "Units in stock per item."
        },
        {
          "name": "unitsSold",
          "optional": false,
          "description": "Units sold per item over the period."
        },
        {
          "name": "days",
          "optional": false,
          "description": "Length of the period in days."
        },
        {
          "name": "thresholdDays",
          "optional": true,
          "description": "Cover above this many days is slow-moving (default 90)."
        }
      ]
    },
    "zh": {
      "description": "滞销库存：可售天数 = 库存 ÷ 日均销量，超过阈值即标记为滞销；每行返回两列。",
      "result": "每件商品的可售天数；滞销时第二列为 TRUE。",
      "parameters": [
        {
          "name": "库存",
          "description": "每件商品的库存数量。"
        },
        {
          "name": "销量",
          "description": "每件商品在统计期内的销量。"
        },
        {
          "name": "天数",
          "description": "统计期的天数。"
        },
        {
          "name": "滞销天数",
          "description": "可售天数超过该值即为滞销（默认 90）。"
        }
      ]
    },
    "example": {
      "formula": "=EC.SLOWMOVING(H2:H200, I2:I200, 30, 90)",
      "result": "days of cover and TRUE for slow-moving stock, per item"
    }
  },
  {
    "id": "CHANNELS",
    "en": {
      "description": "The channel table: GMV, orders, spend, ROI, new buyers and cost per new buyer per channel. Spills a table with a header row. With order ids, rows sharing an order id count as one order.",
      "result": "Channel, GMV, orders, spend, ROI, new buyers, cost per new buyer.",
      "parameters": [
        {
          "name": "channels",
          "optional": false,
          "description": "Channel (traffic source) of each order."
        },
        {
          "name": "amounts",
          "optional": false,
          "description": "Order amount of each order."
        },
        {
          "name": "buyers",
          "optional": false,
          "description": "Buyer id of each order."
        },
        {
          "name": "dates",
          "optional": false,
          "description": "Order date of each order (a buyer is new to the channel of their first order)."
        },
        {
          "name": "spendChannels",
          "optional": true,
          "description": "Channel of each ad spend row."
        },
        {
          "name": "spendAmounts",
          "optional": true,
          "description": "Amount of each ad spend row."
        },
        {
          "name": "statuses",
          "optional": true,
          "description": "Order statuses; closed and refunded orders are left out."
        },
        {
          "name": "orderIds",
          "optional": true,
          "description": "Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own."
        }
      ]
    },
    "zh": {
      "description": "渠道表：各渠道的 GMV、订单数、花费、投产比、新客数和新客成本，返回带表头的表格。给出订单编号时，订单编号相同的行算作一笔订单。",
      "result": "渠道、GMV、订单数、花费、投产比、新客数、新客成本。",
      "parameters": [
        {
          "name": "渠道",
          "description": "每笔订单的渠道（流量来源）。"
        },
        {
          "name": "金额",
          "description": "每笔订单的金额。"
        },
        {
          "name": "买家",
          "description": "每笔订单的买家 ID。"
        },
        {
          "name": "下单日期",
          "description": "每笔订单的下单日期（买家首单所在的渠道即其新客渠道）。"
        },
        {
          "name": "花费渠道",
          "description": "每条广告花费记录的渠道。"
        },
        {
          "name": "花费金额",
          "description": "每条广告花费记录的金额。"
        },
        {
          "name": "订单状态",
          "description": "订单状态；交易关闭、已退款的订单不计入。"
        },
        {
          "name": "订单编号",
          "description": "每行的订单编号：订单编号相同的行算作一笔订单（商品明细行、抖店子订单），订单金额为各行金额之和，或在每行重复、只写在首行的整单金额只取一次；订单编号为空的行各自算一笔订单。"
        }
      ]
    },
    "example": {
      "formula": "=EC.CHANNELS(F2:F5001, D2:D5001, B2:B5001, C2:C5001, 投放!B2:B31, 投放!C2:C31, E2:E5001, A2:A5001)",
      "result": "a table per channel: GMV, orders, spend, ROI, new buyers, cost per new buyer"
    }
  },
  {
    "id": "BASKET",
    "en": {
      "description": "Baskets: items per order, lines per order, amount per item and AOV in a comparison period and a period, the AOV change split into more items per order and dearer items, and the add-on lines' share of it. Spills a labelled table. With order ids, rows sharing an order id count as one order.",
      "result": "Rows of figures (orders, items per order, lines per order, amount per item, AOV, add-on amount per order, orders left out, the two parts of the AOV change, the add-on share); columns comparison period, period, change.",
      "parameters": [
        {
          "name": "amounts",
          "optional": false,
          "description": "Amount of each row: a line amount on every row, or the order total repeated on every row or on the first row only (line amounts are then unknown where an order has several rows)."
        },
        {
          "name": "quantities",
          "optional": false,
          "description": "Quantity of each row (items on the line); a counted line without one leaves its order out."
        },
        {
          "name": "dates",
          "optional": false,
          "description": "Order date (payment time) of each row."
        },
        {
          "name": "periodFrom",
          "optional": false,
          "description": "First day of the period."
        },
        {
          "name": "periodTo",
          "optional": false,
          "description": "Last day of the period (included)."
        },
        {
          "name": "compareFrom",
          "optional": false,
          "description": "First day of the comparison period."
        },
        {
          "name": "compareTo",
          "optional": false,
          "description": "Last day of the comparison period (included)."
        },
        {
          "name": "statuses",
          "optional": true,
          "description": "Status of each row; closed and refunded lines and orders are left out."
        },
        {
          "name": "priceLimit",
          "optional": true,
          "description": "Without a threshold: a line under this unit price in an order with other items is an add-on line."
        },
        {
          "name": "threshold",
          "optional": true,
          "description": "A promotion threshold (满200减30: 200): a line that takes its order across it in the promotion's dates is an add-on line."
        },
        {
          "name": "promotionFrom",
          "optional": true,
          "description": "First day of the promotion (default: the period's first day)."
        },
        {
          "name": "promotionTo",
          "optional": true,
          "description": "Last day of the promotion (default: the period's last day)."
        },
        {
          "name": "orderIds",
          "optional": true,
          "description": "Order id of each row: rows sharing an order id are the lines of one order; without it every row is an order of one line."
        }
      ]
    },
    "zh": {
      "description": "客单构成：对比期与本期的每单件数、每单行数、件均价和客单价，客单价变化拆为每单件数与件均价两部分，以及凑单商品占变化的比例。返回带表头的表格。给出订单编号时，订单编号相同的行算作一笔订单。",
      "result": "各行指标（订单数、每单件数、每单行数、件均价、客单价、每单凑单金额、未计入订单、客单价变化的两部分、凑单占比）；各列为对比期、本期、变化。",
      "parameters": [
        {
          "name": "金额",
          "description": "每行的金额：每行的商品行金额，或每行重复、只写在首行的整单金额（此时多行订单的各行金额未知）。"
        },
        {
          "name": "数量",
          "description": "每行的商品件数；计入的商品行没有数量时，该订单不计入。"
        },
        {
          "name": "下单日期",
          "description": "每行的下单日期（付款时间）。"
        },
        {
          "name": "本期首日",
          "description": "本期的第一天。"
        },
        {
          "name": "本期末日",
          "description": "本期的最后一天（含当天）。"
        },
        {
          "name": "对比首日",
          "description": "对比期的第一天。"
        },
        {
          "name": "对比末日",
          "description": "对比期的最后一天（含当天）。"
        },
        {
          "name": "订单状态",
          "description": "每行的状态；交易关闭、已退款的商品行和订单不计入。"
        },
        {
          "name": "凑单价上限",
          "description": "未给出门槛时：与其他商品同单、单价低于此值的商品行算作凑单。"
        },
        {
          "name": "满减门槛",
          "description": "满减门槛（满200减30 的 200）：活动期内使订单跨过门槛的商品行算作凑单。"
        },
        {
          "name": "活动首日",
          "description": "活动的第一天（默认本期首日）。"
        },
        {
          "name": "活动末日",
          "description": "活动的最后一天（默认本期末日）。"
        },
        {
          "name": "订单编号",
          "description": "每行的订单编号：订单编号相同的行算作一笔订单（各行为其商品行）；省略时每行是一笔只有一行的订单。"
        }
      ]
    },
    "example": {
      "formula": "=EC.BASKET(D2:D5001, H2:H5001, C2:C5001, \"2025-08-01\", \"2025-08-31\", \"2025-03-01\", \"2025-07-31\", E2:E5001, , 200, , , A2:A5001)",
      "result": "a table: items per order, amount per item and AOV before and in August, the AOV change from items per order and from amount per item, and the add-on share, e.g. 37%"
    }
  },
  {
    "id": "THRESHOLD",
    "en": {
      "description": "A promotion threshold (满200减30): the share of orders just over it (within 10% above) against just under it (within 10% below), in the promotion's dates and outside them, and the promotion's cost (discount × orders over the threshold) against those orders' gross profit. Spills a labelled table. With order ids, rows sharing an order id count as one order.",
      "result": "A header row, then a row for the promotion's dates and one for outside them: orders, just under, just over, their shares, over ÷ under, at or over, promotion cost, gross profit.",
      "parameters": [
        {
          "name": "amounts",
          "optional": false,
          "description": "Amount of each row: a line amount on every row, or the order total repeated on every row or on the first row only (line amounts are then unknown where an order has several rows)."
        },
        {
          "name": "dates",
          "optional": false,
          "description": "Order date (payment time) of each row."
        },
        {
          "name": "threshold",
          "optional": false,
          "description": "The threshold (满200减30: 200)."
        },
        {
          "name": "discount",
          "optional": false,
          "description": "The discount (满200减30: 30), below the threshold."
        },
        {
          "name": "promotionFrom",
          "optional": false,
          "description": "First day of the promotion."
        },
        {
          "name": "promotionTo",
          "optional": false,
          "description": "Last day of the promotion (included)."
        },
        {
          "name": "costs",
          "optional": true,
          "description": "Cost of each row, for the gross profit of the orders over the threshold."
        },
        {
          "name": "statuses",
          "optional": true,
          "description": "Status of each row; closed and refunded lines and orders are left out."
        },
        {
          "name": "orderIds",
          "optional": true,
          "description": "Order id of each row: rows sharing an order id are the lines of one order; without it every row is an order of one line."
        }
      ]
    },
    "zh": {
      "description": "满减门槛（满200减30）：活动期内外略高于门槛（高出 10% 以内）与略低于门槛（低 10% 以内）的订单占比，以及活动成本（减免金额 × 达到门槛的订单数）与这些订单的毛利。返回带表头的表格。给出订单编号时，订单编号相同的行算作一笔订单。",
      "result": "一行表头，然后是活动期内、活动期外各一行：订单数、略低、略高、各自占比、略高 ÷ 略低、达到门槛、活动成本、毛利。",
      "parameters": [
        {
          "name": "金额",
          "description": "每行的金额：每行的商品行金额，或每行重复、只写在首行的整单金额（此时多行订单的各行金额未知）。"
        },
        {
          "name": "下单日期",
          "description": "每行的下单日期（付款时间）。"
        },
        {
          "name": "满减门槛",
          "description": "满减门槛（满200减30 的 200）。"
        },
        {
          "name": "减免金额",
          "description": "减免金额（满200减30 的 30），低于门槛。"
        },
        {
          "name": "活动首日",
          "description": "活动的第一天。"
        },
        {
          "name": "活动末日",
          "description": "活动的最后一天（含当天）。"
        },
        {
          "name": "成本",
          "description": "每行的成本，用于计算达到门槛的订单的毛利。"
        },
        {
          "name": "订单状态",
          "description": "每行的状态；交易关闭、已退款的商品行和订单不计入。"
        },
        {
          "name": "订单编号",
          "description": "每行的订单编号：订单编号相同的行算作一笔订单（各行为其商品行）；省略时每行是一笔只有一行的订单。"
        }
      ]
    },
    "example": {
      "formula": "=EC.THRESHOLD(D2:D5001, C2:C5001, 200, 30, \"2025-08-01\", \"2025-08-31\", G2:G5001, E2:E5001, A2:A5001)",
      "result": "a table: in August e.g. 14% of orders just over 200 against 3% just under, outside it 5% against 6%; the cost of 30 off and those orders' gross profit"
    }
  },
  {
    "id": "FULFILMENT",
    "en": {
      "description": "Fulfilment per month of payment: paid orders, orders shipped, median and 90th percentile hours from payment to shipping (PERCENTILE.INC), share shipped later than the limit (default 48 h), after-sales and refund rates over the paid orders. Spills a table with a header row. With order ids, rows sharing an order id count as one order, shipped with its last line.",
      "result": "Month, paid orders, shipped, median hours, 90th percentile hours, share late, after-sales rate, refund rate.",
      "parameters": [
        {
          "name": "paidTimes",
          "optional": false,
          "description": "Payment time of each order (a row without one is not a paid order)."
        },
        {
          "name": "shippedTimes",
          "optional": false,
          "description": "Shipping time of each order (发货时间, Fulfilled at); blank for an order not shipped."
        },
        {
          "name": "afterSales",
          "optional": true,
          "description": "After-sales status of each order (售后状态): blank, 无售后 or - is none; 退款成功 and refunded are refunds; any other text is an after-sales case."
        },
        {
          "name": "refundAmounts",
          "optional": true,
          "description": "Refund amount of each order (退款金额, Refunded Amount): above 0 is a refund, whole or partial."
        },
        {
          "name": "limitHours",
          "optional": true,
          "description": "Orders shipped more than this many hours after payment are late (default 48)."
        },
        {
          "name": "orderIds",
          "optional": true,
          "description": "Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), paid at its first payment time and shipped at its last shipping time; a blank id makes the row an order of its own."
        }
      ]
    },
    "zh": {
      "description": "按付款月份统计发货与售后：已付款订单数、已发货数、付款到发货小时数的中位数与第 90 百分位（PERCENTILE.INC）、超过时限（默认 48 小时）发货的占比，以及以已付款订单为分母的售后率与退款率，返回带表头的表格。给出订单编号时，订单编号相同的行算作一笔订单，以最后一行的发货时间为准。",
      "result": "月份、已付款订单、已发货、小时数中位数、第 90 百分位小时数、超时占比、售后率、退款率。",
      "parameters": [
        {
          "name": "付款时间",
          "description": "每笔订单的付款时间（没有付款时间的行不算已付款订单）。"
        },
        {
          "name": "发货时间",
          "description": "每笔订单的发货时间；未发货的留空。"
        },
        {
          "name": "售后状态",
          "description": "每笔订单的售后状态：空、无售后、- 为无售后；退款成功、refunded 为退款；其他文字为有售后。"
        },
        {
          "name": "退款金额",
          "description": "每笔订单的退款金额：大于 0 即为退款（全额或部分）。"
        },
        {
          "name": "时限",
          "description": "付款后超过这么多小时才发货即为超时（默认 48）。"
        },
        {
          "name": "订单编号",
          "description": "每行的订单编号：订单编号相同的行算作一笔订单（商品明细行、抖店子订单），以最早的付款时间和最晚的发货时间为准；订单编号为空的行各自算一笔订单。"
        }
      ]
    },
    "example": {
      "formula": "=EC.FULFILMENT(C2:C5001, H2:H5001, I2:I5001, J2:J5001, 48, A2:A5001)",
      "result": "one row per month (with H 发货时间, I 售后状态, J 退款金额): paid orders, shipped, median and P90 hours, share late, after-sales and refund rates, e.g. 2025-09 · 1,204 · 1,180 · 30.5 · 71.2 · 31.0% · 4.2% · 3.1%"
    }
  }
];
