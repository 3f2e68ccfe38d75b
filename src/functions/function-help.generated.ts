/**
 * GENERATED from the function catalog (src/functions/catalog/help-content.ts) and the string tables: do not
 * edit. After changing an entry or a `help.…` string run
 *   npx vitest run src/functions/catalog -u
 * The help page of every `EC.` function in each language, as plain data: scripts/function-help.mjs
 * writes the HTML pages from it at build time, and the function's helpUrl points at its page.
 * It must stay self-contained (no imports): the build evaluates it.
 */
export type HelpLocale = "en-US" | "zh-CN";

export interface FunctionHelpPage {
  readonly id: string;
  readonly locale: HelpLocale;
  /** Relative to the add-in's base URL: "help/zh-CN/aov.html". */
  readonly path: string;
  /** The same function's page in the other language. */
  readonly otherPath: string;
  readonly name: string;
  readonly title: string;
  readonly signature: string;
  readonly description: string;
  readonly result: string;
  readonly parameters: readonly { readonly name: string; readonly optional: boolean; readonly description: string; readonly accepts: string }[];
  readonly example: { readonly formula: string; readonly result: string };
  /** By Excel error, each reason with the message it comes with (a key of the string tables). */
  readonly errors: readonly { readonly code: string; readonly reasons: readonly { readonly key: string; readonly text: string }[] }[];
}

export interface HelpLabels {
  readonly locale: HelpLocale;
  readonly indexPath: string;
  readonly otherIndexPath: string;
  readonly indexTitle: string;
  readonly indexIntro: string;
  readonly allFunctions: string;
  readonly otherLanguage: string;
  readonly syntax: string;
  readonly optionalNote: string;
  readonly computes: string;
  readonly returns: string;
  readonly arguments: string;
  readonly argument: string;
  readonly description: string;
  readonly accepts: string;
  readonly optional: string;
  readonly example: string;
  readonly exampleResult: string;
  readonly errors: string;
  readonly errorsIntro: string;
}

export const HELP_LABELS: Readonly<Record<HelpLocale, HelpLabels>> = {
  "en-US": {
    "indexTitle": "EC Review functions",
    "indexIntro": "The EC. functions of the EC Review add-in for Excel. Type them in any cell, like Excel's own functions: they recalculate when your data changes.",
    "allFunctions": "All EC. functions",
    "otherLanguage": "中文",
    "syntax": "Syntax",
    "optionalNote": "Arguments in [brackets] may be left out.",
    "computes": "What it computes",
    "returns": "What it returns",
    "arguments": "Arguments",
    "argument": "Argument",
    "description": "What it is",
    "accepts": "What it accepts: {text}",
    "optional": "optional",
    "example": "Example",
    "exampleResult": "Result: {text}",
    "errors": "Errors",
    "errorsIntro": "These are the only errors the function returns, and why. For #VALUE! and #N/A, point at the error flag beside the cell to read the message: it names the cell or argument at fault. Excel shows no message for #DIV/0! and #NUM!.",
    "locale": "en-US",
    "indexPath": "help/en-US/index.html",
    "otherIndexPath": "help/zh-CN/index.html"
  },
  "zh-CN": {
    "indexTitle": "EC Review 函数",
    "indexIntro": "EC Review Excel 加载项提供的 EC. 函数。可在任意单元格输入，与 Excel 内置函数一样随数据变化自动重算。",
    "allFunctions": "全部 EC. 函数",
    "otherLanguage": "English",
    "syntax": "语法",
    "optionalNote": "方括号 [ ] 中的参数可以省略。",
    "computes": "计算内容",
    "returns": "返回值",
    "arguments": "参数",
    "argument": "参数",
    "description": "含义",
    "accepts": "可以填写：{text}",
    "optional": "可省略",
    "example": "示例",
    "exampleResult": "结果：{text}",
    "errors": "错误值",
    "errorsIntro": "函数只会因以下原因返回错误值。遇到 #VALUE! 和 #N/A 时，将鼠标指向单元格旁的错误标记即可看到说明，其中会指出出错的单元格或参数；#DIV/0! 和 #NUM! 在 Excel 中不显示说明。",
    "locale": "zh-CN",
    "indexPath": "help/zh-CN/index.html",
    "otherIndexPath": "help/en-US/index.html"
  }
};

export const FUNCTION_HELP: readonly FunctionHelpPage[] = [
  {
    "id": "GMV",
    "locale": "en-US",
    "path": "help/en-US/gmv.html",
    "otherPath": "help/zh-CN/gmv.html",
    "name": "EC.GMV",
    "title": "EC.GMV · EC Review functions",
    "signature": "EC.GMV(amounts, [statuses], [orderIds])",
    "description": "GMV: the sum of the order amounts, leaving out closed, cancelled and refunded orders. With order ids, rows sharing an order id count as one order and a repeated order total is taken once.",
    "result": "GMV, in the currency of the amounts.",
    "parameters": [
      {
        "name": "amounts",
        "optional": false,
        "description": "Order amounts (paid amount per order). Currency text like ¥1,234 and 1.2万 is read.",
        "accepts": "A column or row of amounts: numbers, or text as exports write it (¥1,234.50, 1.2万, 88元, (1,234) for −1,234). Blank cells are skipped."
      },
      {
        "name": "statuses",
        "optional": true,
        "description": "Order statuses, row by row; 交易关闭, 退款成功, cancelled, refunded … are left out.",
        "accepts": "A column or row of order statuses as the platform writes them (交易成功, 交易关闭, 退款成功, cancelled, refunded …). A blank status counts."
      },
      {
        "name": "orderIds",
        "optional": true,
        "description": "Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own.",
        "accepts": "A column or row of order ids, lined up with the other ranges."
      }
    ],
    "example": {
      "formula": "=EC.GMV(D2:D5001, E2:E5001, A2:A5001)",
      "result": "the paid amounts of the counted orders, each order's amount once however many lines it has, e.g. 1,234,567.80"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "amounts, statuses, orderIds: a range more than one column wide (and more than one row tall); give one column or one row."
          },
          {
            "key": "cell.errorValue",
            "text": "A cell the function reads holds an Excel error (#N/A, #REF! …): correct that cell first."
          },
          {
            "key": "cell.unreadableNumber",
            "text": "A cell of amounts holds text that cannot be read as a number."
          },
          {
            "key": "cell.unreadableKey",
            "text": "A cell of statuses, orderIds holds neither text nor a number (a data type, for instance)."
          },
          {
            "key": "cell.lengthMismatch",
            "text": "amounts, statuses, orderIds do not have the same number of rows: they must line up row by row."
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "result.notFinite",
            "text": "The result is beyond Excel's number range (amounts so large that their sum overflows)."
          }
        ]
      }
    ]
  },
  {
    "id": "AOV",
    "locale": "en-US",
    "path": "help/en-US/aov.html",
    "otherPath": "help/zh-CN/aov.html",
    "name": "EC.AOV",
    "title": "EC.AOV · EC Review functions",
    "signature": "EC.AOV(amounts, [buyers], [statuses], [orderIds])",
    "description": "AOV (客单价): GMV ÷ orders, or GMV ÷ distinct buyers when buyer ids are given. With order ids, rows sharing an order id count as one order.",
    "result": "Average order value, or GMV per buyer.",
    "parameters": [
      {
        "name": "amounts",
        "optional": false,
        "description": "Order amounts.",
        "accepts": "A column or row of amounts: numbers, or text as exports write it (¥1,234.50, 1.2万, 88元, (1,234) for −1,234). Blank cells are skipped."
      },
      {
        "name": "buyers",
        "optional": true,
        "description": "Buyer ids, row by row: the result is then GMV per distinct buyer (生意参谋's 客单价).",
        "accepts": "A column or row of ids: text or numbers, spaces around them ignored. A blank cell has none."
      },
      {
        "name": "statuses",
        "optional": true,
        "description": "Order statuses; closed and refunded orders are left out.",
        "accepts": "A column or row of order statuses as the platform writes them (交易成功, 交易关闭, 退款成功, cancelled, refunded …). A blank status counts."
      },
      {
        "name": "orderIds",
        "optional": true,
        "description": "Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own.",
        "accepts": "A column or row of order ids, lined up with the other ranges."
      }
    ],
    "example": {
      "formula": "=EC.AOV(D2:D5001, B2:B5001, E2:E5001, A2:A5001)",
      "result": "GMV per distinct buyer, e.g. 186.40 (leave out the buyers for GMV per order)"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "amounts, buyers, statuses, orderIds: a range more than one column wide (and more than one row tall); give one column or one row."
          },
          {
            "key": "cell.errorValue",
            "text": "A cell the function reads holds an Excel error (#N/A, #REF! …): correct that cell first."
          },
          {
            "key": "cell.unreadableNumber",
            "text": "A cell of amounts holds text that cannot be read as a number."
          },
          {
            "key": "cell.unreadableKey",
            "text": "A cell of buyers, statuses, orderIds holds neither text nor a number (a data type, for instance)."
          },
          {
            "key": "cell.lengthMismatch",
            "text": "amounts, buyers, statuses, orderIds do not have the same number of rows: they must line up row by row."
          },
          {
            "key": "cell.missingBuyer",
            "text": "A counted order with an amount has no buyer id."
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.noOrders",
            "text": "Without buyer ids: there is no counted order (every amount blank, or every order closed, cancelled or refunded)."
          },
          {
            "key": "argument.noBuyers",
            "text": "With buyer ids: no buyer has a counted order."
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "result.notFinite",
            "text": "The result is beyond Excel's number range (amounts so large that their sum overflows)."
          }
        ]
      }
    ]
  },
  {
    "id": "ORDERS",
    "locale": "en-US",
    "path": "help/en-US/orders.html",
    "otherPath": "help/zh-CN/orders.html",
    "name": "EC.ORDERS",
    "title": "EC.ORDERS · EC Review functions",
    "signature": "EC.ORDERS(amounts, [statuses], [orderIds])",
    "description": "Orders: the number of orders with an amount, leaving out closed, cancelled and refunded orders. With order ids, rows sharing an order id count as one order, so an order of three lines is one order.",
    "result": "The number of counted orders: EC.GMV ÷ EC.ORDERS is EC.AOV.",
    "parameters": [
      {
        "name": "amounts",
        "optional": false,
        "description": "Order amounts: a row without an amount is not an order (a blank line under an order, a note row).",
        "accepts": "A column or row of amounts: numbers, or text as exports write it (¥1,234.50, 1.2万, 88元, (1,234) for −1,234). Blank cells are skipped."
      },
      {
        "name": "statuses",
        "optional": true,
        "description": "Order statuses; closed and refunded orders are left out.",
        "accepts": "A column or row of order statuses as the platform writes them (交易成功, 交易关闭, 退款成功, cancelled, refunded …). A blank status counts."
      },
      {
        "name": "orderIds",
        "optional": true,
        "description": "Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own.",
        "accepts": "A column or row of order ids, lined up with the other ranges."
      }
    ],
    "example": {
      "formula": "=EC.ORDERS(D2:D5001, E2:E5001, A2:A5001)",
      "result": "the number of counted orders, each order once however many lines it has, e.g. 6,624"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "amounts, statuses, orderIds: a range more than one column wide (and more than one row tall); give one column or one row."
          },
          {
            "key": "cell.errorValue",
            "text": "A cell the function reads holds an Excel error (#N/A, #REF! …): correct that cell first."
          },
          {
            "key": "cell.unreadableNumber",
            "text": "A cell of amounts holds text that cannot be read as a number."
          },
          {
            "key": "cell.unreadableKey",
            "text": "A cell of statuses, orderIds holds neither text nor a number (a data type, for instance)."
          },
          {
            "key": "cell.lengthMismatch",
            "text": "amounts, statuses, orderIds do not have the same number of rows: they must line up row by row."
          }
        ]
      }
    ]
  },
  {
    "id": "MARGIN",
    "locale": "en-US",
    "path": "help/en-US/margin.html",
    "otherPath": "help/zh-CN/margin.html",
    "name": "EC.MARGIN",
    "title": "EC.MARGIN · EC Review functions",
    "signature": "EC.MARGIN(revenue, cost)",
    "description": "Gross margin: (revenue − cost) ÷ revenue, over all rows (a revenue-weighted margin).",
    "result": "Gross margin as a fraction (0.1 = 10%).",
    "parameters": [
      {
        "name": "revenue",
        "optional": false,
        "description": "Revenue (or price), one number or a range.",
        "accepts": "A column or row of amounts: numbers, or text as exports write it (¥1,234.50, 1.2万, 88元, (1,234) for −1,234). Blank cells are skipped."
      },
      {
        "name": "cost",
        "optional": false,
        "description": "Cost, one number or a range lined up with revenue.",
        "accepts": "A column or row of amounts: numbers, or text as exports write it (¥1,234.50, 1.2万, 88元, (1,234) for −1,234). Blank cells are skipped."
      }
    ],
    "example": {
      "formula": "=EC.MARGIN(D2:D5001, G2:G5001)",
      "result": "0.182, an 18.2% gross margin"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "revenue, cost: a range more than one column wide (and more than one row tall); give one column or one row."
          },
          {
            "key": "cell.errorValue",
            "text": "A cell the function reads holds an Excel error (#N/A, #REF! …): correct that cell first."
          },
          {
            "key": "cell.unreadableNumber",
            "text": "A cell of revenue, cost holds text that cannot be read as a number."
          },
          {
            "key": "cell.lengthMismatch",
            "text": "revenue, cost do not have the same number of rows: they must line up row by row."
          },
          {
            "key": "cell.missingCost",
            "text": "A row with a revenue has no cost: counting it as 0 would overstate the margin."
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.zero",
            "text": "The revenues add up to 0."
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.negative",
            "text": "The revenues add up to less than 0 (more refunded than sold): the margin's sign would mislead."
          },
          {
            "key": "result.notFinite",
            "text": "The result is beyond Excel's number range (amounts so large that their sum overflows)."
          }
        ]
      }
    ]
  },
  {
    "id": "MARGINBAND",
    "locale": "en-US",
    "path": "help/en-US/marginband.html",
    "otherPath": "help/zh-CN/marginband.html",
    "name": "EC.MARGINBAND",
    "title": "EC.MARGINBAND · EC Review functions",
    "signature": "EC.MARGINBAND(price, cost, [low], [high])",
    "description": "Whether each item's margin is below, inside or above the band (default 8%–12%); spills one label per item, down a column or along a row.",
    "result": "below / inside / above for each row; blank rows stay blank.",
    "parameters": [
      {
        "name": "price",
        "optional": false,
        "description": "Selling price per item (or revenue per row).",
        "accepts": "A column or row of amounts: numbers, or text as exports write it (¥1,234.50, 1.2万, 88元, (1,234) for −1,234). Blank cells are skipped."
      },
      {
        "name": "cost",
        "optional": false,
        "description": "Cost per item, lined up with price.",
        "accepts": "A column or row of amounts: numbers, or text as exports write it (¥1,234.50, 1.2万, 88元, (1,234) for −1,234). Blank cells are skipped."
      },
      {
        "name": "low",
        "optional": true,
        "description": "Lowest acceptable margin (default 0.08).",
        "accepts": "One number; 12% is 0.12. Left out: 0.08."
      },
      {
        "name": "high",
        "optional": true,
        "description": "Highest expected margin (default 0.12).",
        "accepts": "One number; 12% is 0.12. Left out: 0.12."
      }
    ],
    "example": {
      "formula": "=EC.MARGINBAND(D2:D5001, G2:G5001, 8%, 12%)",
      "result": "below / inside / above, one label per row"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "price, cost: a range more than one column wide (and more than one row tall); give one column or one row."
          },
          {
            "key": "cell.errorValue",
            "text": "A cell the function reads holds an Excel error (#N/A, #REF! …): correct that cell first."
          },
          {
            "key": "cell.unreadableNumber",
            "text": "A cell of price, cost, low, high holds text that cannot be read as a number."
          },
          {
            "key": "cell.notScalar",
            "text": "low, high: a range where one number is needed."
          },
          {
            "key": "cell.lengthMismatch",
            "text": "price, cost do not have the same number of rows: they must line up row by row."
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.zero",
            "text": "An item's price is 0: its row shows #DIV/0!, the other rows their label."
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.marginBand",
            "text": "The band's low edge is above its high edge."
          }
        ]
      }
    ]
  },
  {
    "id": "PRICEFORMARGIN",
    "locale": "en-US",
    "path": "help/en-US/priceformargin.html",
    "otherPath": "help/zh-CN/priceformargin.html",
    "name": "EC.PRICEFORMARGIN",
    "title": "EC.PRICEFORMARGIN · EC Review functions",
    "signature": "EC.PRICEFORMARGIN(cost, margin)",
    "description": "The selling price that gives a target gross margin: cost ÷ (1 − margin). Spills when cost is a range.",
    "result": "The price for each cost.",
    "parameters": [
      {
        "name": "cost",
        "optional": false,
        "description": "Unit cost, one number or a column.",
        "accepts": "A column or row of amounts: numbers, or text as exports write it (¥1,234.50, 1.2万, 88元, (1,234) for −1,234). Blank cells are skipped."
      },
      {
        "name": "margin",
        "optional": false,
        "description": "Target gross margin, e.g. 0.12 or 12%; negative to clear stock at a loss (-1.5%).",
        "accepts": "One number; 12% is 0.12."
      }
    ],
    "example": {
      "formula": "=EC.PRICEFORMARGIN(G2:G20, 12%)",
      "result": "100 for a cost of 88"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "cost: a range more than one column wide (and more than one row tall); give one column or one row."
          },
          {
            "key": "cell.errorValue",
            "text": "A cell the function reads holds an Excel error (#N/A, #REF! …): correct that cell first."
          },
          {
            "key": "cell.unreadableNumber",
            "text": "A cell of cost, margin holds text that cannot be read as a number."
          },
          {
            "key": "cell.notScalar",
            "text": "margin: a range, or a blank, where one number is needed."
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.negative",
            "text": "A cost is negative: its row shows #NUM!."
          },
          {
            "key": "argument.outOfRange",
            "text": "The margin is 1 (100%) or more, or −1 (−100%) or less: no price gives it."
          },
          {
            "key": "result.notFinite",
            "text": "The result is beyond Excel's number range (amounts so large that their sum overflows)."
          }
        ]
      }
    ]
  },
  {
    "id": "PRICEBANDS",
    "locale": "en-US",
    "path": "help/en-US/pricebands.html",
    "otherPath": "help/zh-CN/pricebands.html",
    "name": "EC.PRICEBANDS",
    "title": "EC.PRICEBANDS · EC Review functions",
    "signature": "EC.PRICEBANDS(amounts, [edges], [statuses], [orderIds])",
    "description": "Orders and GMV per order-amount band with their shares; spills a table with a header row. With order ids, rows sharing an order id count as one order, banded by the order's amount.",
    "result": "Band, orders, order share, GMV, GMV share.",
    "parameters": [
      {
        "name": "amounts",
        "optional": false,
        "description": "Order amounts.",
        "accepts": "A column or row of amounts: numbers, or text as exports write it (¥1,234.50, 1.2万, 88元, (1,234) for −1,234). Blank cells are skipped."
      },
      {
        "name": "edges",
        "optional": true,
        "description": "Band edges, increasing (default 50, 100, 200, 500).",
        "accepts": "A range, or an array constant such as {50,100,200}. Blank cells are dropped."
      },
      {
        "name": "statuses",
        "optional": true,
        "description": "Order statuses; closed and refunded orders are left out.",
        "accepts": "A column or row of order statuses as the platform writes them (交易成功, 交易关闭, 退款成功, cancelled, refunded …). A blank status counts."
      },
      {
        "name": "orderIds",
        "optional": true,
        "description": "Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own.",
        "accepts": "A column or row of order ids, lined up with the other ranges."
      }
    ],
    "example": {
      "formula": "=EC.PRICEBANDS(D2:D5001, {50,100,200,500}, E2:E5001, A2:A5001)",
      "result": "a table: band, orders, order share, GMV, GMV share"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "amounts, edges, statuses, orderIds: a range more than one column wide (and more than one row tall); give one column or one row."
          },
          {
            "key": "cell.errorValue",
            "text": "A cell the function reads holds an Excel error (#N/A, #REF! …): correct that cell first."
          },
          {
            "key": "cell.unreadableNumber",
            "text": "A cell of amounts, edges holds text that cannot be read as a number."
          },
          {
            "key": "cell.unreadableKey",
            "text": "A cell of statuses, orderIds holds neither text nor a number (a data type, for instance)."
          },
          {
            "key": "cell.lengthMismatch",
            "text": "amounts, statuses, orderIds do not have the same number of rows: they must line up row by row."
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.noOrders",
            "text": "There is no counted order: every amount is blank, or every order is closed, cancelled or refunded."
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.edgesNotIncreasing",
            "text": "The band edges are not positive and increasing ({50,100,200} is; {100,50} is not)."
          },
          {
            "key": "result.notFinite",
            "text": "The result is beyond Excel's number range (amounts so large that their sum overflows)."
          }
        ]
      }
    ]
  },
  {
    "id": "ROI",
    "locale": "en-US",
    "path": "help/en-US/roi.html",
    "otherPath": "help/zh-CN/roi.html",
    "name": "EC.ROI",
    "title": "EC.ROI · EC Review functions",
    "signature": "EC.ROI(gmv, spend, [mode], [margin])",
    "description": "ROI of ad spend: GMV ÷ spend (投产比), or (GMV × margin − spend) ÷ spend in \"profit\" mode.",
    "result": "ROI as a ratio (1.2 = ¥1.2 per ¥1 spent).",
    "parameters": [
      {
        "name": "gmv",
        "optional": false,
        "description": "Attributed GMV: one number or a range to sum.",
        "accepts": "One number, or a range whose numbers are added up (blank cells add nothing)."
      },
      {
        "name": "spend",
        "optional": false,
        "description": "Ad spend: one number or a range to sum.",
        "accepts": "One number, or a range whose numbers are added up (blank cells add nothing)."
      },
      {
        "name": "mode",
        "optional": true,
        "description": "\"gmv\" (default) or \"profit\".",
        "accepts": "One of \"gmv\" / \"profit\". Left out: \"gmv\"."
      },
      {
        "name": "margin",
        "optional": true,
        "description": "Gross margin for profit mode, e.g. 0.3.",
        "accepts": "One number; 12% is 0.12."
      }
    ],
    "example": {
      "formula": "=EC.ROI(90000, 投放!C2:C31)",
      "result": "0.9: ¥0.9 of GMV per ¥1 spent"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "gmv, spend: a range more than one column wide (and more than one row tall); give one column or one row."
          },
          {
            "key": "cell.errorValue",
            "text": "A cell the function reads holds an Excel error (#N/A, #REF! …): correct that cell first."
          },
          {
            "key": "cell.unreadableNumber",
            "text": "A cell of gmv, spend, margin holds text that cannot be read as a number."
          },
          {
            "key": "argument.unknownMode",
            "text": "mode is none of \"gmv\" / \"profit\"."
          },
          {
            "key": "cell.notScalar",
            "text": "margin: a range where one number is needed."
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.zero",
            "text": "The spend adds up to 0."
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.negative",
            "text": "The spend adds up to less than 0."
          },
          {
            "key": "argument.marginRequired",
            "text": "Profit mode without a gross margin between −1 and 1."
          },
          {
            "key": "result.notFinite",
            "text": "The result is beyond Excel's number range (amounts so large that their sum overflows)."
          }
        ]
      }
    ]
  },
  {
    "id": "CAC",
    "locale": "en-US",
    "path": "help/en-US/cac.html",
    "otherPath": "help/zh-CN/cac.html",
    "name": "EC.CAC",
    "title": "EC.CAC · EC Review functions",
    "signature": "EC.CAC(spend, newBuyers)",
    "description": "Cost per new buyer (CAC): spend ÷ new buyers.",
    "result": "Spend per new buyer.",
    "parameters": [
      {
        "name": "spend",
        "optional": false,
        "description": "Ad spend: one number or a range to sum.",
        "accepts": "One number, or a range whose numbers are added up (blank cells add nothing)."
      },
      {
        "name": "newBuyers",
        "optional": false,
        "description": "Number of new buyers: one number or a range to sum.",
        "accepts": "One number, or a range whose numbers are added up (blank cells add nothing)."
      }
    ],
    "example": {
      "formula": "=EC.CAC(3800, 100)",
      "result": "38 per new buyer"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "spend, newBuyers: a range more than one column wide (and more than one row tall); give one column or one row."
          },
          {
            "key": "cell.errorValue",
            "text": "A cell the function reads holds an Excel error (#N/A, #REF! …): correct that cell first."
          },
          {
            "key": "cell.unreadableNumber",
            "text": "A cell of spend, newBuyers holds text that cannot be read as a number."
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.zero",
            "text": "There are no new buyers (0)."
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.negative",
            "text": "The spend or the number of new buyers is negative."
          },
          {
            "key": "result.notFinite",
            "text": "The result is beyond Excel's number range (amounts so large that their sum overflows)."
          }
        ]
      }
    ]
  },
  {
    "id": "ATTRIBUTION",
    "locale": "en-US",
    "path": "help/en-US/attribution.html",
    "otherPath": "help/zh-CN/attribution.html",
    "name": "EC.ATTRIBUTION",
    "title": "EC.ATTRIBUTION · EC Review functions",
    "signature": "EC.ATTRIBUTION(paths, conversions, [value], [model])",
    "description": "Credits conversion paths (channels joined by >, ›, → or commas, as GA4's paths report writes them) to their channels under last touch, first touch, linear, position-based (40/20/40), the Markov chain (removal effects) and the Shapley value, side by side; or under one model. Every model's credits add up to the conversions (and the value). Channel names differing only by case or spacing are one channel. Spills a table.",
    "result": "Channel, then the conversions credited under each model (and the value, when given); with a model named: channel, conversions, share, value.",
    "parameters": [
      {
        "name": "paths",
        "optional": false,
        "description": "Conversion path of each row: 小红书 > 抖音本地推 > 站内搜索.",
        "accepts": "A column or row of ids: text or numbers, spaces around them ignored. A blank cell has none."
      },
      {
        "name": "conversions",
        "optional": false,
        "description": "Conversions of each path.",
        "accepts": "A column or row of numbers, or a single number. Blank cells are skipped."
      },
      {
        "name": "value",
        "optional": true,
        "description": "Conversion value (GMV) of each path.",
        "accepts": "A column or row of numbers, or a single number. Blank cells are skipped."
      },
      {
        "name": "model",
        "optional": true,
        "description": "One model: lasttouch, firsttouch, linear, positionbased, markov or shapley (default all, side by side).",
        "accepts": "One of \"all\" / \"lasttouch\" / \"firsttouch\" / \"linear\" / \"positionbased\" / \"markov\" / \"shapley\". Left out: \"all\"."
      }
    ],
    "example": {
      "formula": "=EC.ATTRIBUTION(A2:A4, B2:B4, C2:C4)",
      "result": "with 小红书 > 站内搜索 (10), 站内搜索 (5) and 小红书 > 直播 > 站内搜索 (5): last touch gives 站内搜索 all 20, linear gives 小红书 6.67, Markov and Shapley show 小红书's part in opening paths"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "paths, conversions, value: a range more than one column wide (and more than one row tall); give one column or one row."
          },
          {
            "key": "cell.errorValue",
            "text": "A cell the function reads holds an Excel error (#N/A, #REF! …): correct that cell first."
          },
          {
            "key": "cell.unreadableKey",
            "text": "A cell of paths holds neither text nor a number (a data type, for instance)."
          },
          {
            "key": "cell.unreadableNumber",
            "text": "A cell of conversions, value holds text that cannot be read as a number."
          },
          {
            "key": "argument.unknownMode",
            "text": "model is none of \"all\" / \"lasttouch\" / \"firsttouch\" / \"linear\" / \"positionbased\" / \"markov\" / \"shapley\"."
          },
          {
            "key": "cell.lengthMismatch",
            "text": "paths, conversions, value do not have the same number of rows: they must line up row by row."
          },
          {
            "key": "cell.emptyPath",
            "text": "A row has conversions or a value but its path names no channel: fill in the path, or clear the row."
          },
          {
            "key": "cell.pathTooLong",
            "text": "A path has more than 50 touches: most likely a session log pasted into one cell rather than a path."
          },
          {
            "key": "cell.missingPathConversions",
            "text": "A path has no conversions: give each path its number of conversions (0 for none)."
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "cell.negativeConversions",
            "text": "A path's conversions are negative: a count of conversions is 0 or more."
          },
          {
            "key": "result.notFinite",
            "text": "The result is beyond Excel's number range (amounts so large that their sum overflows)."
          }
        ]
      }
    ]
  },
  {
    "id": "CONVERSION",
    "locale": "en-US",
    "path": "help/en-US/conversion.html",
    "otherPath": "help/zh-CN/conversion.html",
    "name": "EC.CONVERSION",
    "title": "EC.CONVERSION · EC Review functions",
    "signature": "EC.CONVERSION(converters, visitors)",
    "description": "Conversion rate: paying buyers (or orders) ÷ visitors.",
    "result": "Conversion rate as a fraction (0.032 = 3.2%).",
    "parameters": [
      {
        "name": "converters",
        "optional": false,
        "description": "Paying buyers, or orders where buyers are unknown: one number or a range to sum.",
        "accepts": "One number, or a range whose numbers are added up (blank cells add nothing)."
      },
      {
        "name": "visitors",
        "optional": false,
        "description": "Visitors: one number or a range to sum.",
        "accepts": "One number, or a range whose numbers are added up (blank cells add nothing)."
      }
    ],
    "example": {
      "formula": "=EC.CONVERSION(320, 10000)",
      "result": "0.032, a 3.2% conversion rate"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "converters, visitors: a range more than one column wide (and more than one row tall); give one column or one row."
          },
          {
            "key": "cell.errorValue",
            "text": "A cell the function reads holds an Excel error (#N/A, #REF! …): correct that cell first."
          },
          {
            "key": "cell.unreadableNumber",
            "text": "A cell of converters, visitors holds text that cannot be read as a number."
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.zero",
            "text": "There are no visitors (0)."
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.negative",
            "text": "The paying buyers or the visitors are negative."
          },
          {
            "key": "argument.visitorsBelowConversions",
            "text": "More conversions than visitors: the two do not describe the same traffic."
          },
          {
            "key": "result.notFinite",
            "text": "The result is beyond Excel's number range (amounts so large that their sum overflows)."
          }
        ]
      }
    ]
  },
  {
    "id": "REPURCHASE",
    "locale": "en-US",
    "path": "help/en-US/repurchase.html",
    "otherPath": "help/zh-CN/repurchase.html",
    "name": "EC.REPURCHASE",
    "title": "EC.REPURCHASE · EC Review functions",
    "signature": "EC.REPURCHASE(buyers, [amounts], [statuses], [orderIds])",
    "description": "Repurchase rate (复购率): buyers with two or more orders ÷ buyers with one or more. With order ids, rows sharing an order id count as one order.",
    "result": "Repurchase rate as a fraction (0.18 = 18%).",
    "parameters": [
      {
        "name": "buyers",
        "optional": false,
        "description": "Buyer id of each order.",
        "accepts": "A column or row of ids: text or numbers, spaces around them ignored. A blank cell has none."
      },
      {
        "name": "amounts",
        "optional": true,
        "description": "Order amounts, row by row: rows without an amount are not orders.",
        "accepts": "A column or row of amounts: numbers, or text as exports write it (¥1,234.50, 1.2万, 88元, (1,234) for −1,234). Blank cells are skipped."
      },
      {
        "name": "statuses",
        "optional": true,
        "description": "Order statuses; closed and refunded orders are left out.",
        "accepts": "A column or row of order statuses as the platform writes them (交易成功, 交易关闭, 退款成功, cancelled, refunded …). A blank status counts."
      },
      {
        "name": "orderIds",
        "optional": true,
        "description": "Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own.",
        "accepts": "A column or row of order ids, lined up with the other ranges."
      }
    ],
    "example": {
      "formula": "=EC.REPURCHASE(B2:B5001, D2:D5001, E2:E5001, A2:A5001)",
      "result": "0.21: 21% of buyers placed two orders or more (the lines of one order are one order)"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "buyers, amounts, statuses, orderIds: a range more than one column wide (and more than one row tall); give one column or one row."
          },
          {
            "key": "cell.errorValue",
            "text": "A cell the function reads holds an Excel error (#N/A, #REF! …): correct that cell first."
          },
          {
            "key": "cell.unreadableKey",
            "text": "A cell of buyers, statuses, orderIds holds neither text nor a number (a data type, for instance)."
          },
          {
            "key": "cell.unreadableNumber",
            "text": "A cell of amounts holds text that cannot be read as a number."
          },
          {
            "key": "cell.lengthMismatch",
            "text": "buyers, amounts, statuses, orderIds do not have the same number of rows: they must line up row by row."
          },
          {
            "key": "cell.missingBuyer",
            "text": "A counted order with an amount has no buyer id."
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.noBuyers",
            "text": "No buyer has a counted order."
          }
        ]
      }
    ]
  },
  {
    "id": "FIRSTPRODUCT",
    "locale": "en-US",
    "path": "help/en-US/firstproduct.html",
    "otherPath": "help/zh-CN/firstproduct.html",
    "name": "EC.FIRSTPRODUCT",
    "title": "EC.FIRSTPRODUCT · EC Review functions",
    "signature": "EC.FIRSTPRODUCT(buyers, dates, items, [amounts], [statuses], [from], [to], [orderIds])",
    "description": "Repurchase by first product: for buyers whose first order falls between from and to, the repurchase rate (two or more orders in that window) per item of their first order, with its 95% Wilson interval. With order ids, rows sharing an order id count as one order, whose item is its largest line by amount (the first listed on a tie). Spills a table, most first-time buyers first.",
    "result": "Item, first-time buyers, repeat buyers, repurchase rate, CI low, CI high.",
    "parameters": [
      {
        "name": "buyers",
        "optional": false,
        "description": "Buyer id of each row.",
        "accepts": "A column or row of ids: text or numbers, spaces around them ignored. A blank cell has none."
      },
      {
        "name": "dates",
        "optional": false,
        "description": "Order date of each row (payment time, else creation time).",
        "accepts": "A column or row of dates: Excel dates, date-times, or text such as 2025-06-01, 2025/6/1 10:22 or 2025年6月1日 (US-style 6/1/2025 is refused rather than guessed)."
      },
      {
        "name": "items",
        "optional": false,
        "description": "Item of each row: the SKU (商家编码) or the item title.",
        "accepts": "A column or row of ids: text or numbers, spaces around them ignored. A blank cell has none."
      },
      {
        "name": "amounts",
        "optional": true,
        "description": "Amount of each row: rows without an amount are not orders, and of an order's lines the largest is its item.",
        "accepts": "A column or row of amounts: numbers, or text as exports write it (¥1,234.50, 1.2万, 88元, (1,234) for −1,234). Blank cells are skipped."
      },
      {
        "name": "statuses",
        "optional": true,
        "description": "Order statuses; closed and refunded orders (and lines) are left out.",
        "accepts": "A column or row of order statuses as the platform writes them (交易成功, 交易关闭, 退款成功, cancelled, refunded …). A blank status counts."
      },
      {
        "name": "from",
        "optional": true,
        "description": "First day of the window (default: the earliest order).",
        "accepts": "One date."
      },
      {
        "name": "to",
        "optional": true,
        "description": "Last day of the window, included (default: the latest order).",
        "accepts": "One date."
      },
      {
        "name": "orderIds",
        "optional": true,
        "description": "Order id of each row: rows sharing an order id are one order (line items); a blank id makes the row an order of its own.",
        "accepts": "A column or row of order ids, lined up with the other ranges."
      }
    ],
    "example": {
      "formula": "=EC.FIRSTPRODUCT(B2:B5001, C2:C5001, F2:F5001, D2:D5001, E2:E5001, DATE(2025,6,1), DATE(2025,10,31), A2:A5001)",
      "result": "a table: each first item with its first-time buyers, how many came back, the repurchase rate and its 95% interval"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "buyers, dates, items, amounts, statuses, orderIds: a range more than one column wide (and more than one row tall); give one column or one row."
          },
          {
            "key": "cell.errorValue",
            "text": "A cell the function reads holds an Excel error (#N/A, #REF! …): correct that cell first."
          },
          {
            "key": "cell.unreadableKey",
            "text": "A cell of buyers, items, statuses, orderIds holds neither text nor a number (a data type, for instance)."
          },
          {
            "key": "cell.unreadableDate",
            "text": "A cell of dates, from, to cannot be read as a date."
          },
          {
            "key": "cell.unreadableNumber",
            "text": "A cell of amounts holds text that cannot be read as a number."
          },
          {
            "key": "cell.notOneCell",
            "text": "from, to: a range where one cell is needed."
          },
          {
            "key": "cell.lengthMismatch",
            "text": "buyers, dates, items, amounts, statuses, orderIds do not have the same number of rows: they must line up row by row."
          },
          {
            "key": "cell.missingDate",
            "text": "A counted order has no date."
          },
          {
            "key": "cell.missingBuyer",
            "text": "A counted order with an amount has no buyer id."
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.noFirstTimeBuyers",
            "text": "No buyer's first counted order falls between the from and to dates."
          }
        ]
      }
    ]
  },
  {
    "id": "RETENTION",
    "locale": "en-US",
    "path": "help/en-US/retention.html",
    "otherPath": "help/zh-CN/retention.html",
    "name": "EC.RETENTION",
    "title": "EC.RETENTION · EC Review functions",
    "signature": "EC.RETENTION(buyers, dates, [statuses], [months], [orderIds])",
    "description": "Monthly cohort retention: buyers grouped by the month of their first order; for each later month, the share who ordered again. Spills a matrix. With order ids, rows sharing an order id count as one order.",
    "result": "Cohort month, buyers, then the share retained in month 0, 1, 2 …; months not yet reached stay blank.",
    "parameters": [
      {
        "name": "buyers",
        "optional": false,
        "description": "Buyer id of each order.",
        "accepts": "A column or row of ids: text or numbers, spaces around them ignored. A blank cell has none."
      },
      {
        "name": "dates",
        "optional": false,
        "description": "Order date of each order (date, date-time or text such as 2025/6/1 10:22).",
        "accepts": "A column or row of dates: Excel dates, date-times, or text such as 2025-06-01, 2025/6/1 10:22 or 2025年6月1日 (US-style 6/1/2025 is refused rather than guessed)."
      },
      {
        "name": "statuses",
        "optional": true,
        "description": "Order statuses; closed and refunded orders are left out.",
        "accepts": "A column or row of order statuses as the platform writes them (交易成功, 交易关闭, 退款成功, cancelled, refunded …). A blank status counts."
      },
      {
        "name": "months",
        "optional": true,
        "description": "Months after the first to show (default 12, at most 31).",
        "accepts": "One number; 12% is 0.12. Left out: 12. From 0 to 31."
      },
      {
        "name": "orderIds",
        "optional": true,
        "description": "Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own.",
        "accepts": "A column or row of order ids, lined up with the other ranges."
      }
    ],
    "example": {
      "formula": "=EC.RETENTION(B2:B5001, C2:C5001, E2:E5001, 6, A2:A5001)",
      "result": "a cohort matrix: first-order month, buyers, M0 … M6"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "buyers, dates, statuses, orderIds: a range more than one column wide (and more than one row tall); give one column or one row."
          },
          {
            "key": "cell.errorValue",
            "text": "A cell the function reads holds an Excel error (#N/A, #REF! …): correct that cell first."
          },
          {
            "key": "cell.unreadableKey",
            "text": "A cell of buyers, statuses, orderIds holds neither text nor a number (a data type, for instance)."
          },
          {
            "key": "cell.unreadableDate",
            "text": "A cell of dates cannot be read as a date."
          },
          {
            "key": "cell.notScalar",
            "text": "months: a range where one number is needed."
          },
          {
            "key": "cell.unreadableNumber",
            "text": "A cell of months holds text that cannot be read as a number."
          },
          {
            "key": "cell.lengthMismatch",
            "text": "buyers, dates, statuses, orderIds do not have the same number of rows: they must line up row by row."
          },
          {
            "key": "cell.missingDate",
            "text": "A counted order has no date."
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.outOfRange",
            "text": "months is outside 0 to 31."
          }
        ]
      },
      {
        "code": "#N/A",
        "reasons": [
          {
            "key": "argument.noDates",
            "text": "No counted order has a date, so no cohort can be formed."
          }
        ]
      }
    ]
  },
  {
    "id": "GROWTH",
    "locale": "en-US",
    "path": "help/en-US/growth.html",
    "otherPath": "help/zh-CN/growth.html",
    "name": "EC.GROWTH",
    "title": "EC.GROWTH · EC Review functions",
    "signature": "EC.GROWTH(current, previous)",
    "description": "Growth: current ÷ previous − 1. With two ranges of equal length, spills one growth per cell, down a column or along a row.",
    "result": "Growth as a fraction (0.125 = +12.5%).",
    "parameters": [
      {
        "name": "current",
        "optional": false,
        "description": "This period's value (or a column of them).",
        "accepts": "A column or row of numbers, or a single number. Blank cells are skipped."
      },
      {
        "name": "previous",
        "optional": false,
        "description": "The previous period's value (or a column of them).",
        "accepts": "A column or row of numbers, or a single number. Blank cells are skipped."
      }
    ],
    "example": {
      "formula": "=EC.GROWTH(0.9, 1.2)",
      "result": "-0.25: ROI fell 25%"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "current, previous: a range more than one column wide (and more than one row tall); give one column or one row."
          },
          {
            "key": "cell.errorValue",
            "text": "A cell the function reads holds an Excel error (#N/A, #REF! …): correct that cell first."
          },
          {
            "key": "cell.unreadableNumber",
            "text": "A cell of current, previous holds text that cannot be read as a number."
          },
          {
            "key": "cell.lengthMismatch",
            "text": "current, previous do not have the same number of rows: they must line up row by row."
          },
          {
            "key": "cell.notScalar",
            "text": "Two single cells, and one of them is blank."
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.zero",
            "text": "The previous value is 0 (with two ranges, that pair's cell shows #DIV/0!)."
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.negative",
            "text": "The previous value is below 0: a loss as the base gives a growth whose sign misleads."
          },
          {
            "key": "result.notFinite",
            "text": "The result is beyond Excel's number range (amounts so large that their sum overflows)."
          }
        ]
      }
    ]
  },
  {
    "id": "ATTAINMENT",
    "locale": "en-US",
    "path": "help/en-US/attainment.html",
    "otherPath": "help/zh-CN/attainment.html",
    "name": "EC.ATTAINMENT",
    "title": "EC.ATTAINMENT · EC Review functions",
    "signature": "EC.ATTAINMENT(actual, target)",
    "description": "Attainment: actual ÷ target. With two ranges of equal length, spills one attainment per cell, down a column or along a row.",
    "result": "Attainment as a fraction (0.792 = 79.2%).",
    "parameters": [
      {
        "name": "actual",
        "optional": false,
        "description": "The actual value (or a column of them).",
        "accepts": "A column or row of numbers, or a single number. Blank cells are skipped."
      },
      {
        "name": "target",
        "optional": false,
        "description": "The target (or a column of them).",
        "accepts": "A column or row of numbers, or a single number. Blank cells are skipped."
      }
    ],
    "example": {
      "formula": "=EC.ATTAINMENT(19800000, 25000000)",
      "result": "0.792: 79.2% of the target"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "actual, target: a range more than one column wide (and more than one row tall); give one column or one row."
          },
          {
            "key": "cell.errorValue",
            "text": "A cell the function reads holds an Excel error (#N/A, #REF! …): correct that cell first."
          },
          {
            "key": "cell.unreadableNumber",
            "text": "A cell of actual, target holds text that cannot be read as a number."
          },
          {
            "key": "cell.lengthMismatch",
            "text": "actual, target do not have the same number of rows: they must line up row by row."
          },
          {
            "key": "cell.notScalar",
            "text": "Two single cells, and one of them is blank."
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.zero",
            "text": "The target is 0 (with two ranges, that pair's cell shows #DIV/0!)."
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.negative",
            "text": "The target is below 0."
          },
          {
            "key": "result.notFinite",
            "text": "The result is beyond Excel's number range (amounts so large that their sum overflows)."
          }
        ]
      }
    ]
  },
  {
    "id": "ABTEST",
    "locale": "en-US",
    "path": "help/en-US/abtest.html",
    "otherPath": "help/zh-CN/abtest.html",
    "name": "EC.ABTEST",
    "title": "EC.ABTEST · EC Review functions",
    "signature": "EC.ABTEST(controlConversions, controlVisitors, treatmentConversions, treatmentVisitors, [confidence])",
    "description": "A/B test of two conversion rates (two-proportion z-test). Spills lift, CI low, CI high, p-value, significant.",
    "result": "A header row and a row of: lift, CI low, CI high, p-value, significant (TRUE/FALSE).",
    "parameters": [
      {
        "name": "controlConversions",
        "optional": false,
        "description": "Conversions in the control group.",
        "accepts": "One number; 12% is 0.12."
      },
      {
        "name": "controlVisitors",
        "optional": false,
        "description": "Visitors in the control group.",
        "accepts": "One number; 12% is 0.12."
      },
      {
        "name": "treatmentConversions",
        "optional": false,
        "description": "Conversions in the treatment group.",
        "accepts": "One number; 12% is 0.12."
      },
      {
        "name": "treatmentVisitors",
        "optional": false,
        "description": "Visitors in the treatment group.",
        "accepts": "One number; 12% is 0.12."
      },
      {
        "name": "confidence",
        "optional": true,
        "description": "Confidence level (default 0.95).",
        "accepts": "One number; 12% is 0.12. Left out: 0.95."
      }
    ],
    "example": {
      "formula": "=EC.ABTEST(500, 10000, 546, 10000)",
      "result": "lift 9.2%, its 95% interval, the p-value and TRUE/FALSE for significant"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notScalar",
            "text": "controlConversions, controlVisitors, treatmentConversions, treatmentVisitors: a range, or a blank, where one number is needed."
          },
          {
            "key": "cell.notScalar",
            "text": "confidence: a range where one number is needed."
          },
          {
            "key": "cell.errorValue",
            "text": "A cell the function reads holds an Excel error (#N/A, #REF! …): correct that cell first."
          },
          {
            "key": "cell.unreadableNumber",
            "text": "A cell of controlConversions, controlVisitors, treatmentConversions, treatmentVisitors, confidence holds text that cannot be read as a number."
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.zero",
            "text": "A group has no visitors (0)."
          },
          {
            "key": "argument.noConversions",
            "text": "A group has no conversions, so the lift and its interval are undefined."
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.negative",
            "text": "A group's conversions or visitors are negative."
          },
          {
            "key": "argument.outOfRange",
            "text": "The confidence level is not between 0 and 1 (0.95 is 95%)."
          },
          {
            "key": "argument.visitorsBelowConversions",
            "text": "More conversions than visitors: the two do not describe the same traffic."
          },
          {
            "key": "result.notFinite",
            "text": "The result is beyond Excel's number range (amounts so large that their sum overflows)."
          }
        ]
      }
    ]
  },
  {
    "id": "EXPERIMENT",
    "locale": "en-US",
    "path": "help/en-US/experiment.html",
    "otherPath": "help/zh-CN/experiment.html",
    "name": "EC.EXPERIMENT",
    "title": "EC.EXPERIMENT · EC Review functions",
    "signature": "EC.EXPERIMENT(arms, visitors, conversions, [revenue], [confidence], [power])",
    "description": "An experiment of two or more arms: each arm's conversion with its Wilson interval, and against the control (the arm named control, 对照 or A, else the first) the lift with its interval, the pooled z-test's z and p-value, and the minimum detectable effect at 80% power, MDE = (z₁₋α/₂ + z₀.₈) × √(p(1−p)(1/n₁+1/n₂)), with a warning when the lift is not significant or below the MDE. Rows of one arm are added up. Spills a table.",
    "result": "Arm, visitors, conversions, conversion, CI low, CI high, revenue per visitor, lift, lift CI low, lift CI high, z, p-value, significant, MDE (points), MDE (relative), warning.",
    "parameters": [
      {
        "name": "arms",
        "optional": false,
        "description": "Arm (group, variant) of each row: 对照组, A, B …",
        "accepts": "A column or row of ids: text or numbers, spaces around them ignored. A blank cell has none."
      },
      {
        "name": "visitors",
        "optional": false,
        "description": "Visitors (users exposed) of each row.",
        "accepts": "A column or row of numbers, or a single number. Blank cells are skipped."
      },
      {
        "name": "conversions",
        "optional": false,
        "description": "Conversions (paying buyers) of each row.",
        "accepts": "A column or row of numbers, or a single number. Blank cells are skipped."
      },
      {
        "name": "revenue",
        "optional": true,
        "description": "Revenue of each row, for revenue per visitor.",
        "accepts": "A column or row of numbers, or a single number. Blank cells are skipped."
      },
      {
        "name": "confidence",
        "optional": true,
        "description": "Confidence level (default 0.95); the significance level is 1 − confidence.",
        "accepts": "One number; 12% is 0.12. Left out: 0.95."
      },
      {
        "name": "power",
        "optional": true,
        "description": "Power of the minimum detectable effect (default 0.8).",
        "accepts": "One number; 12% is 0.12. Left out: 0.8."
      }
    ],
    "example": {
      "formula": "=EC.EXPERIMENT(B2:B3, C2:C3, D2:D3, E2:E3)",
      "result": "with A 200/10,000 and B 250/10,000: B's lift +25%, z 2.384, p 0.0171, MDE 27.7%, warned: below the MDE"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "arms, visitors, conversions, revenue: a range more than one column wide (and more than one row tall); give one column or one row."
          },
          {
            "key": "cell.errorValue",
            "text": "A cell the function reads holds an Excel error (#N/A, #REF! …): correct that cell first."
          },
          {
            "key": "cell.unreadableKey",
            "text": "A cell of arms holds neither text nor a number (a data type, for instance)."
          },
          {
            "key": "cell.unreadableNumber",
            "text": "A cell of visitors, conversions, revenue, confidence, power holds text that cannot be read as a number."
          },
          {
            "key": "cell.notScalar",
            "text": "confidence, power: a range where one number is needed."
          },
          {
            "key": "cell.lengthMismatch",
            "text": "arms, visitors, conversions, revenue do not have the same number of rows: they must line up row by row."
          },
          {
            "key": "cell.missingArmFigure",
            "text": "A row that names an arm has a blank visitors or conversions cell."
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.armWithoutVisitors",
            "text": "An arm's visitors add up to 0."
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.negativeArm",
            "text": "An arm's visitors or conversions add up to less than 0."
          },
          {
            "key": "argument.armConversionsAboveVisitors",
            "text": "An arm has more conversions than visitors: the two do not describe the same traffic."
          },
          {
            "key": "argument.outOfRange",
            "text": "The confidence level or the power is not between 0 and 1 (0.95 is 95%)."
          },
          {
            "key": "result.notFinite",
            "text": "The result is beyond Excel's number range (amounts so large that their sum overflows)."
          }
        ]
      },
      {
        "code": "#N/A",
        "reasons": [
          {
            "key": "argument.fewArms",
            "text": "The arms range names fewer than two arms."
          }
        ]
      }
    ]
  },
  {
    "id": "RFM",
    "locale": "en-US",
    "path": "help/en-US/rfm.html",
    "otherPath": "help/zh-CN/rfm.html",
    "name": "EC.RFM",
    "title": "EC.RFM · EC Review functions",
    "signature": "EC.RFM(buyers, dates, amounts, [asOf], [summary], [statuses], [orderIds])",
    "description": "RFM segments: recency, frequency and monetary scores 1–5 per buyer and the segment name, or a summary per segment. With order ids, rows sharing an order id count as one order (frequency counts orders).",
    "result": "Per buyer: buyer, recency (days), frequency, monetary, R, F, M, segment. Per segment: segment, buyers, buyer share, GMV, GMV share.",
    "parameters": [
      {
        "name": "buyers",
        "optional": false,
        "description": "Buyer id of each order.",
        "accepts": "A column or row of ids: text or numbers, spaces around them ignored. A blank cell has none."
      },
      {
        "name": "dates",
        "optional": false,
        "description": "Order date of each order.",
        "accepts": "A column or row of dates: Excel dates, date-times, or text such as 2025-06-01, 2025/6/1 10:22 or 2025年6月1日 (US-style 6/1/2025 is refused rather than guessed)."
      },
      {
        "name": "amounts",
        "optional": false,
        "description": "Order amount of each order.",
        "accepts": "A column or row of amounts: numbers, or text as exports write it (¥1,234.50, 1.2万, 88元, (1,234) for −1,234). Blank cells are skipped."
      },
      {
        "name": "asOf",
        "optional": true,
        "description": "Reference date for recency (default: the latest order date).",
        "accepts": "One date."
      },
      {
        "name": "summary",
        "optional": true,
        "description": "TRUE for one row per segment (buyers, shares) instead of one row per buyer.",
        "accepts": "TRUE or FALSE. Left out: FALSE."
      },
      {
        "name": "statuses",
        "optional": true,
        "description": "Order statuses; closed and refunded orders are left out.",
        "accepts": "A column or row of order statuses as the platform writes them (交易成功, 交易关闭, 退款成功, cancelled, refunded …). A blank status counts."
      },
      {
        "name": "orderIds",
        "optional": true,
        "description": "Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own.",
        "accepts": "A column or row of order ids, lined up with the other ranges."
      }
    ],
    "example": {
      "formula": "=EC.RFM(B2:B5001, C2:C5001, D2:D5001, , TRUE, E2:E5001, A2:A5001)",
      "result": "one row per segment: buyers, buyer share, GMV, GMV share"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "buyers, dates, amounts, statuses, orderIds: a range more than one column wide (and more than one row tall); give one column or one row."
          },
          {
            "key": "cell.errorValue",
            "text": "A cell the function reads holds an Excel error (#N/A, #REF! …): correct that cell first."
          },
          {
            "key": "cell.unreadableKey",
            "text": "A cell of buyers, statuses, orderIds holds neither text nor a number (a data type, for instance)."
          },
          {
            "key": "cell.unreadableDate",
            "text": "A cell of dates, asOf cannot be read as a date."
          },
          {
            "key": "cell.unreadableNumber",
            "text": "A cell of amounts holds text that cannot be read as a number."
          },
          {
            "key": "cell.notOneCell",
            "text": "asOf: a range where one cell is needed."
          },
          {
            "key": "cell.lengthMismatch",
            "text": "buyers, dates, amounts, statuses, orderIds do not have the same number of rows: they must line up row by row."
          },
          {
            "key": "cell.missingBuyer",
            "text": "A counted order with an amount has no buyer id."
          },
          {
            "key": "cell.missingDate",
            "text": "A counted order has no date."
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.noBuyers",
            "text": "No buyer has a counted order."
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "result.notFinite",
            "text": "The result is beyond Excel's number range (amounts so large that their sum overflows)."
          }
        ]
      }
    ]
  },
  {
    "id": "SLOWMOVING",
    "locale": "en-US",
    "path": "help/en-US/slowmoving.html",
    "otherPath": "help/zh-CN/slowmoving.html",
    "name": "EC.SLOWMOVING",
    "title": "EC.SLOWMOVING · EC Review functions",
    "signature": "EC.SLOWMOVING(stock, unitsSold, days, [thresholdDays])",
    "description": "Slow-moving stock: days of cover = stock ÷ average daily sales, flagged above a threshold. Spills two columns per row.",
    "result": "Days of cover and TRUE when slow-moving, per item.",
    "parameters": [
      {
        "name": "stock",
        "optional": false,
        "description": "Units in stock per item.",
        "accepts": "A column or row of numbers, or a single number. Blank cells are skipped."
      },
      {
        "name": "unitsSold",
        "optional": false,
        "description": "Units sold per item over the period.",
        "accepts": "A column or row of numbers, or a single number. Blank cells are skipped."
      },
      {
        "name": "days",
        "optional": false,
        "description": "Length of the period in days.",
        "accepts": "One number; 12% is 0.12."
      },
      {
        "name": "thresholdDays",
        "optional": true,
        "description": "Cover above this many days is slow-moving (default 90).",
        "accepts": "One number; 12% is 0.12. Left out: 90."
      }
    ],
    "example": {
      "formula": "=EC.SLOWMOVING(H2:H200, I2:I200, 30, 90)",
      "result": "days of cover and TRUE for slow-moving stock, per item"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "stock, unitsSold: a range more than one column wide (and more than one row tall); give one column or one row."
          },
          {
            "key": "cell.errorValue",
            "text": "A cell the function reads holds an Excel error (#N/A, #REF! …): correct that cell first."
          },
          {
            "key": "cell.unreadableNumber",
            "text": "A cell of stock, unitsSold, days, thresholdDays holds text that cannot be read as a number."
          },
          {
            "key": "cell.notScalar",
            "text": "days: a range, or a blank, where one number is needed."
          },
          {
            "key": "cell.notScalar",
            "text": "thresholdDays: a range where one number is needed."
          },
          {
            "key": "cell.lengthMismatch",
            "text": "stock, unitsSold do not have the same number of rows: they must line up row by row."
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.negative",
            "text": "A stock or sales quantity, or the threshold, is negative."
          },
          {
            "key": "argument.outOfRange",
            "text": "The period is 0 days or fewer."
          },
          {
            "key": "result.notFinite",
            "text": "The result is beyond Excel's number range (amounts so large that their sum overflows)."
          }
        ]
      }
    ]
  },
  {
    "id": "CHANNELS",
    "locale": "en-US",
    "path": "help/en-US/channels.html",
    "otherPath": "help/zh-CN/channels.html",
    "name": "EC.CHANNELS",
    "title": "EC.CHANNELS · EC Review functions",
    "signature": "EC.CHANNELS(channels, amounts, buyers, dates, [spendChannels], [spendAmounts], [statuses], [orderIds])",
    "description": "The channel table: GMV, orders, spend, ROI, new buyers and cost per new buyer per channel. Spills a table with a header row. With order ids, rows sharing an order id count as one order.",
    "result": "Channel, GMV, orders, spend, ROI, new buyers, cost per new buyer.",
    "parameters": [
      {
        "name": "channels",
        "optional": false,
        "description": "Channel (traffic source) of each order.",
        "accepts": "A column or row of ids: text or numbers, spaces around them ignored. A blank cell has none."
      },
      {
        "name": "amounts",
        "optional": false,
        "description": "Order amount of each order.",
        "accepts": "A column or row of amounts: numbers, or text as exports write it (¥1,234.50, 1.2万, 88元, (1,234) for −1,234). Blank cells are skipped."
      },
      {
        "name": "buyers",
        "optional": false,
        "description": "Buyer id of each order.",
        "accepts": "A column or row of ids: text or numbers, spaces around them ignored. A blank cell has none."
      },
      {
        "name": "dates",
        "optional": false,
        "description": "Order date of each order (a buyer is new to the channel of their first order).",
        "accepts": "A column or row of dates: Excel dates, date-times, or text such as 2025-06-01, 2025/6/1 10:22 or 2025年6月1日 (US-style 6/1/2025 is refused rather than guessed)."
      },
      {
        "name": "spendChannels",
        "optional": true,
        "description": "Channel of each ad spend row.",
        "accepts": "A column or row of ids: text or numbers, spaces around them ignored. A blank cell has none."
      },
      {
        "name": "spendAmounts",
        "optional": true,
        "description": "Amount of each ad spend row.",
        "accepts": "A column or row of amounts: numbers, or text as exports write it (¥1,234.50, 1.2万, 88元, (1,234) for −1,234). Blank cells are skipped."
      },
      {
        "name": "statuses",
        "optional": true,
        "description": "Order statuses; closed and refunded orders are left out.",
        "accepts": "A column or row of order statuses as the platform writes them (交易成功, 交易关闭, 退款成功, cancelled, refunded …). A blank status counts."
      },
      {
        "name": "orderIds",
        "optional": true,
        "description": "Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own.",
        "accepts": "A column or row of order ids, lined up with the other ranges."
      }
    ],
    "example": {
      "formula": "=EC.CHANNELS(F2:F5001, D2:D5001, B2:B5001, C2:C5001, 投放!B2:B31, 投放!C2:C31, E2:E5001, A2:A5001)",
      "result": "a table per channel: GMV, orders, spend, ROI, new buyers, cost per new buyer"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "channels, amounts, buyers, dates, spendChannels, spendAmounts, statuses, orderIds: a range more than one column wide (and more than one row tall); give one column or one row."
          },
          {
            "key": "cell.errorValue",
            "text": "A cell the function reads holds an Excel error (#N/A, #REF! …): correct that cell first."
          },
          {
            "key": "cell.unreadableKey",
            "text": "A cell of channels, buyers, spendChannels, statuses, orderIds holds neither text nor a number (a data type, for instance)."
          },
          {
            "key": "cell.unreadableNumber",
            "text": "A cell of amounts, spendAmounts holds text that cannot be read as a number."
          },
          {
            "key": "cell.unreadableDate",
            "text": "A cell of dates cannot be read as a date."
          },
          {
            "key": "cell.lengthMismatch",
            "text": "buyers, dates, amounts, statuses, channels, orderIds do not have the same number of rows: they must line up row by row."
          },
          {
            "key": "cell.lengthMismatch",
            "text": "spendChannels, spendAmounts do not have the same number of rows: they must line up row by row."
          },
          {
            "key": "cell.lengthMismatch",
            "text": "spendChannels without spendAmounts, or the other way round: give both or neither."
          },
          {
            "key": "cell.missingBuyer",
            "text": "A counted order with an amount has no buyer id."
          },
          {
            "key": "cell.missingDate",
            "text": "A counted order has no date."
          },
          {
            "key": "cell.missingChannel",
            "text": "A counted order has no channel."
          },
          {
            "key": "cell.missingSpendChannel",
            "text": "A spend row with an amount has no channel: its spend would vanish from every ROI."
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.noOrders",
            "text": "There is no counted order and no spend is given."
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "result.notFinite",
            "text": "The result is beyond Excel's number range (amounts so large that their sum overflows)."
          }
        ]
      }
    ]
  },
  {
    "id": "BASKET",
    "locale": "en-US",
    "path": "help/en-US/basket.html",
    "otherPath": "help/zh-CN/basket.html",
    "name": "EC.BASKET",
    "title": "EC.BASKET · EC Review functions",
    "signature": "EC.BASKET(amounts, quantities, dates, periodFrom, periodTo, compareFrom, compareTo, [statuses], [priceLimit], [threshold], [promotionFrom], [promotionTo], [orderIds])",
    "description": "Baskets: items per order, lines per order, amount per item and AOV in a comparison period and a period, the AOV change split into more items per order and dearer items, and the add-on lines' share of it. Spills a labelled table. With order ids, rows sharing an order id count as one order.",
    "result": "Rows of figures (orders, items per order, lines per order, amount per item, AOV, add-on amount per order, orders left out, the two parts of the AOV change, the add-on share); columns comparison period, period, change.",
    "parameters": [
      {
        "name": "amounts",
        "optional": false,
        "description": "Amount of each row: a line amount on every row, or the order total repeated on every row or on the first row only (line amounts are then unknown where an order has several rows).",
        "accepts": "A column or row of amounts: numbers, or text as exports write it (¥1,234.50, 1.2万, 88元, (1,234) for −1,234). Blank cells are skipped."
      },
      {
        "name": "quantities",
        "optional": false,
        "description": "Quantity of each row (items on the line); a counted line without one leaves its order out.",
        "accepts": "A column or row of numbers, or a single number. Blank cells are skipped."
      },
      {
        "name": "dates",
        "optional": false,
        "description": "Order date (payment time) of each row.",
        "accepts": "A column or row of dates: Excel dates, date-times, or text such as 2025-06-01, 2025/6/1 10:22 or 2025年6月1日 (US-style 6/1/2025 is refused rather than guessed)."
      },
      {
        "name": "periodFrom",
        "optional": false,
        "description": "First day of the period.",
        "accepts": "One date."
      },
      {
        "name": "periodTo",
        "optional": false,
        "description": "Last day of the period (included).",
        "accepts": "One date."
      },
      {
        "name": "compareFrom",
        "optional": false,
        "description": "First day of the comparison period.",
        "accepts": "One date."
      },
      {
        "name": "compareTo",
        "optional": false,
        "description": "Last day of the comparison period (included).",
        "accepts": "One date."
      },
      {
        "name": "statuses",
        "optional": true,
        "description": "Status of each row; closed and refunded lines and orders are left out.",
        "accepts": "A column or row of order statuses as the platform writes them (交易成功, 交易关闭, 退款成功, cancelled, refunded …). A blank status counts."
      },
      {
        "name": "priceLimit",
        "optional": true,
        "description": "Without a threshold: a line under this unit price in an order with other items is an add-on line.",
        "accepts": "One number; 12% is 0.12. From 0 to 1000000000000."
      },
      {
        "name": "threshold",
        "optional": true,
        "description": "A promotion threshold (满200减30: 200): a line that takes its order across it in the promotion's dates is an add-on line.",
        "accepts": "One number; 12% is 0.12. From 0 to 1000000000000."
      },
      {
        "name": "promotionFrom",
        "optional": true,
        "description": "First day of the promotion (default: the period's first day).",
        "accepts": "One date."
      },
      {
        "name": "promotionTo",
        "optional": true,
        "description": "Last day of the promotion (default: the period's last day).",
        "accepts": "One date."
      },
      {
        "name": "orderIds",
        "optional": true,
        "description": "Order id of each row: rows sharing an order id are the lines of one order; without it every row is an order of one line.",
        "accepts": "A column or row of order ids, lined up with the other ranges."
      }
    ],
    "example": {
      "formula": "=EC.BASKET(D2:D5001, H2:H5001, C2:C5001, \"2025-08-01\", \"2025-08-31\", \"2025-03-01\", \"2025-07-31\", E2:E5001, , 200, , , A2:A5001)",
      "result": "a table: items per order, amount per item and AOV before and in August, the AOV change from items per order and from amount per item, and the add-on share, e.g. 37%"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "amounts, quantities, dates, statuses, orderIds: a range more than one column wide (and more than one row tall); give one column or one row."
          },
          {
            "key": "cell.errorValue",
            "text": "A cell the function reads holds an Excel error (#N/A, #REF! …): correct that cell first."
          },
          {
            "key": "cell.unreadableNumber",
            "text": "A cell of amounts, quantities, priceLimit, threshold holds text that cannot be read as a number."
          },
          {
            "key": "cell.unreadableDate",
            "text": "A cell of dates, periodFrom, periodTo, compareFrom, compareTo, promotionFrom, promotionTo cannot be read as a date."
          },
          {
            "key": "cell.notOneCell",
            "text": "periodFrom, periodTo, compareFrom, compareTo, promotionFrom, promotionTo: a range where one cell is needed."
          },
          {
            "key": "cell.unreadableKey",
            "text": "A cell of statuses, orderIds holds neither text nor a number (a data type, for instance)."
          },
          {
            "key": "cell.notScalar",
            "text": "priceLimit, threshold: a range where one number is needed."
          },
          {
            "key": "cell.lengthMismatch",
            "text": "amounts, quantities, dates, statuses, orderIds do not have the same number of rows: they must line up row by row."
          },
          {
            "key": "cell.missingDate",
            "text": "A counted order has no date."
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.noBasketOrders",
            "text": "The period or the comparison period has no counted order whose lines are all known (a quantity on each, and an amount of its own when add-on lines are looked for)."
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.outOfRange",
            "text": "priceLimit is outside 0 to 1000000000000."
          },
          {
            "key": "argument.outOfRange",
            "text": "threshold is outside 0 to 1000000000000."
          },
          {
            "key": "argument.monthsReversed",
            "text": "The last month comes before the first."
          }
        ]
      }
    ]
  },
  {
    "id": "THRESHOLD",
    "locale": "en-US",
    "path": "help/en-US/threshold.html",
    "otherPath": "help/zh-CN/threshold.html",
    "name": "EC.THRESHOLD",
    "title": "EC.THRESHOLD · EC Review functions",
    "signature": "EC.THRESHOLD(amounts, dates, threshold, discount, promotionFrom, promotionTo, [costs], [statuses], [orderIds])",
    "description": "A promotion threshold (满200减30): the share of orders just over it (within 10% above) against just under it (within 10% below), in the promotion's dates and outside them, and the promotion's cost (discount × orders over the threshold) against those orders' gross profit. Spills a labelled table. With order ids, rows sharing an order id count as one order.",
    "result": "A header row, then a row for the promotion's dates and one for outside them: orders, just under, just over, their shares, over ÷ under, at or over, promotion cost, gross profit.",
    "parameters": [
      {
        "name": "amounts",
        "optional": false,
        "description": "Amount of each row: a line amount on every row, or the order total repeated on every row or on the first row only (line amounts are then unknown where an order has several rows).",
        "accepts": "A column or row of amounts: numbers, or text as exports write it (¥1,234.50, 1.2万, 88元, (1,234) for −1,234). Blank cells are skipped."
      },
      {
        "name": "dates",
        "optional": false,
        "description": "Order date (payment time) of each row.",
        "accepts": "A column or row of dates: Excel dates, date-times, or text such as 2025-06-01, 2025/6/1 10:22 or 2025年6月1日 (US-style 6/1/2025 is refused rather than guessed)."
      },
      {
        "name": "threshold",
        "optional": false,
        "description": "The threshold (满200减30: 200).",
        "accepts": "One number; 12% is 0.12. From 0.01 to 1000000000000."
      },
      {
        "name": "discount",
        "optional": false,
        "description": "The discount (满200减30: 30), below the threshold.",
        "accepts": "One number; 12% is 0.12. From 0 to 1000000000000."
      },
      {
        "name": "promotionFrom",
        "optional": false,
        "description": "First day of the promotion.",
        "accepts": "One date."
      },
      {
        "name": "promotionTo",
        "optional": false,
        "description": "Last day of the promotion (included).",
        "accepts": "One date."
      },
      {
        "name": "costs",
        "optional": true,
        "description": "Cost of each row, for the gross profit of the orders over the threshold.",
        "accepts": "A column or row of amounts: numbers, or text as exports write it (¥1,234.50, 1.2万, 88元, (1,234) for −1,234). Blank cells are skipped."
      },
      {
        "name": "statuses",
        "optional": true,
        "description": "Status of each row; closed and refunded lines and orders are left out.",
        "accepts": "A column or row of order statuses as the platform writes them (交易成功, 交易关闭, 退款成功, cancelled, refunded …). A blank status counts."
      },
      {
        "name": "orderIds",
        "optional": true,
        "description": "Order id of each row: rows sharing an order id are the lines of one order; without it every row is an order of one line.",
        "accepts": "A column or row of order ids, lined up with the other ranges."
      }
    ],
    "example": {
      "formula": "=EC.THRESHOLD(D2:D5001, C2:C5001, 200, 30, \"2025-08-01\", \"2025-08-31\", G2:G5001, E2:E5001, A2:A5001)",
      "result": "a table: in August e.g. 14% of orders just over 200 against 3% just under, outside it 5% against 6%; the cost of 30 off and those orders' gross profit"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "amounts, dates, costs, statuses, orderIds: a range more than one column wide (and more than one row tall); give one column or one row."
          },
          {
            "key": "cell.errorValue",
            "text": "A cell the function reads holds an Excel error (#N/A, #REF! …): correct that cell first."
          },
          {
            "key": "cell.unreadableNumber",
            "text": "A cell of amounts, threshold, discount, costs holds text that cannot be read as a number."
          },
          {
            "key": "cell.unreadableDate",
            "text": "A cell of dates, promotionFrom, promotionTo cannot be read as a date."
          },
          {
            "key": "cell.notScalar",
            "text": "threshold, discount: a range, or a blank, where one number is needed."
          },
          {
            "key": "cell.notOneCell",
            "text": "promotionFrom, promotionTo: a range where one cell is needed."
          },
          {
            "key": "cell.unreadableKey",
            "text": "A cell of statuses, orderIds holds neither text nor a number (a data type, for instance)."
          },
          {
            "key": "cell.lengthMismatch",
            "text": "amounts, dates, costs, statuses, orderIds do not have the same number of rows: they must line up row by row."
          },
          {
            "key": "cell.missingDate",
            "text": "A counted order has no date."
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.noOrders",
            "text": "There is no counted order with an amount."
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.outOfRange",
            "text": "threshold is outside 0.01 to 1000000000000."
          },
          {
            "key": "argument.outOfRange",
            "text": "discount is outside 0 to 1000000000000."
          },
          {
            "key": "argument.monthsReversed",
            "text": "The last month comes before the first."
          },
          {
            "key": "argument.outOfRange",
            "text": "The discount is not below the threshold."
          }
        ]
      }
    ]
  },
  {
    "id": "FULFILMENT",
    "locale": "en-US",
    "path": "help/en-US/fulfilment.html",
    "otherPath": "help/zh-CN/fulfilment.html",
    "name": "EC.FULFILMENT",
    "title": "EC.FULFILMENT · EC Review functions",
    "signature": "EC.FULFILMENT(paidTimes, shippedTimes, [afterSales], [refundAmounts], [limitHours], [orderIds])",
    "description": "Fulfilment per month of payment: paid orders, orders shipped, median and 90th percentile hours from payment to shipping (PERCENTILE.INC), share shipped later than the limit (default 48 h), after-sales and refund rates over the paid orders. Spills a table with a header row. With order ids, rows sharing an order id count as one order, shipped with its last line.",
    "result": "Month, paid orders, shipped, median hours, 90th percentile hours, share late, after-sales rate, refund rate.",
    "parameters": [
      {
        "name": "paidTimes",
        "optional": false,
        "description": "Payment time of each order (a row without one is not a paid order).",
        "accepts": "A column or row of dates: Excel dates, date-times, or text such as 2025-06-01, 2025/6/1 10:22 or 2025年6月1日 (US-style 6/1/2025 is refused rather than guessed)."
      },
      {
        "name": "shippedTimes",
        "optional": false,
        "description": "Shipping time of each order (发货时间, Fulfilled at); blank for an order not shipped.",
        "accepts": "A column or row of dates: Excel dates, date-times, or text such as 2025-06-01, 2025/6/1 10:22 or 2025年6月1日 (US-style 6/1/2025 is refused rather than guessed)."
      },
      {
        "name": "afterSales",
        "optional": true,
        "description": "After-sales status of each order (售后状态): blank, 无售后 or - is none; 退款成功 and refunded are refunds; any other text is an after-sales case.",
        "accepts": "A column or row of ids: text or numbers, spaces around them ignored. A blank cell has none."
      },
      {
        "name": "refundAmounts",
        "optional": true,
        "description": "Refund amount of each order (退款金额, Refunded Amount): above 0 is a refund, whole or partial.",
        "accepts": "A column or row of amounts: numbers, or text as exports write it (¥1,234.50, 1.2万, 88元, (1,234) for −1,234). Blank cells are skipped."
      },
      {
        "name": "limitHours",
        "optional": true,
        "description": "Orders shipped more than this many hours after payment are late (default 48).",
        "accepts": "One number; 12% is 0.12. Left out: 48. From 0 to 8760."
      },
      {
        "name": "orderIds",
        "optional": true,
        "description": "Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), paid at its first payment time and shipped at its last shipping time; a blank id makes the row an order of its own.",
        "accepts": "A column or row of order ids, lined up with the other ranges."
      }
    ],
    "example": {
      "formula": "=EC.FULFILMENT(C2:C5001, H2:H5001, I2:I5001, J2:J5001, 48, A2:A5001)",
      "result": "one row per month (with H 发货时间, I 售后状态, J 退款金额): paid orders, shipped, median and P90 hours, share late, after-sales and refund rates, e.g. 2025-09 · 1,204 · 1,180 · 30.5 · 71.2 · 31.0% · 4.2% · 3.1%"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "paidTimes, shippedTimes, afterSales, refundAmounts, orderIds: a range more than one column wide (and more than one row tall); give one column or one row."
          },
          {
            "key": "cell.errorValue",
            "text": "A cell the function reads holds an Excel error (#N/A, #REF! …): correct that cell first."
          },
          {
            "key": "cell.unreadableDate",
            "text": "A cell of paidTimes, shippedTimes cannot be read as a date."
          },
          {
            "key": "cell.unreadableKey",
            "text": "A cell of afterSales, orderIds holds neither text nor a number (a data type, for instance)."
          },
          {
            "key": "cell.unreadableNumber",
            "text": "A cell of refundAmounts, limitHours holds text that cannot be read as a number."
          },
          {
            "key": "cell.notScalar",
            "text": "limitHours: a range where one number is needed."
          },
          {
            "key": "cell.lengthMismatch",
            "text": "paidTimes, shippedTimes, afterSales, refundAmounts, orderIds do not have the same number of rows: they must line up row by row."
          },
          {
            "key": "cell.shippedBeforePaid",
            "text": "A shipping time is before its order's payment time."
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.outOfRange",
            "text": "limitHours is outside 0 to 8760."
          },
          {
            "key": "argument.outOfRange",
            "text": "{name} is outside {min} to {max}."
          },
          {
            "key": "argument.noPaidOrders",
            "text": "No row has a payment time."
          }
        ]
      }
    ]
  },
  {
    "id": "GMV",
    "locale": "zh-CN",
    "path": "help/zh-CN/gmv.html",
    "otherPath": "help/en-US/gmv.html",
    "name": "EC.GMV",
    "title": "EC.GMV · EC Review 函数帮助",
    "signature": "EC.GMV(金额, [订单状态], [订单编号])",
    "description": "成交总额：订单金额之和，不含交易关闭、已退款的订单。给出订单编号时，订单编号相同的行算作一笔订单，重复的整单金额只计一次。",
    "result": "GMV，币种与订单金额相同。",
    "parameters": [
      {
        "name": "金额",
        "optional": false,
        "description": "订单金额（每笔订单的实付金额），可识别 ¥1,234、1.2万 这样的文本。",
        "accepts": "一列或一行金额：数字，或导出文件中的金额文本（¥1,234.50、1.2万、88元，(1,234) 即 −1,234）。空单元格跳过。"
      },
      {
        "name": "订单状态",
        "optional": true,
        "description": "订单状态，与金额逐行对应；交易关闭、退款成功、已取消等订单不计入。",
        "accepts": "一列或一行订单状态，照平台导出的原文（交易成功、交易关闭、退款成功、cancelled、refunded 等）。状态为空的订单计入。"
      },
      {
        "name": "订单编号",
        "optional": true,
        "description": "每行的订单编号：订单编号相同的行算作一笔订单（商品明细行、抖店子订单），订单金额为各行金额之和，或在每行重复、只写在首行的整单金额只取一次；订单编号为空的行各自算一笔订单。",
        "accepts": "一列或一行订单编号，与其他区域逐行对应。"
      }
    ],
    "example": {
      "formula": "=EC.GMV(D2:D5001, E2:E5001, A2:A5001)",
      "result": "计入订单的实付金额之和，每笔订单无论有几行商品明细，金额只计一次，如 1,234,567.80"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "金额、订单状态、订单编号：区域超过一列（且超过一行）；请给出一列或一行。"
          },
          {
            "key": "cell.errorValue",
            "text": "函数读取的单元格中有 Excel 错误值（#N/A、#REF! 等）：请先更正该单元格。"
          },
          {
            "key": "cell.unreadableNumber",
            "text": "金额中有单元格的文本无法识别为数字。"
          },
          {
            "key": "cell.unreadableKey",
            "text": "订单状态、订单编号中有单元格既不是文本也不是数字（例如数据类型）。"
          },
          {
            "key": "cell.lengthMismatch",
            "text": "金额、订单状态、订单编号的行数不一致：它们必须逐行对应。"
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "result.notFinite",
            "text": "结果超出 Excel 的数字范围（金额过大，求和溢出）。"
          }
        ]
      }
    ]
  },
  {
    "id": "AOV",
    "locale": "zh-CN",
    "path": "help/zh-CN/aov.html",
    "otherPath": "help/en-US/aov.html",
    "name": "EC.AOV",
    "title": "EC.AOV · EC Review 函数帮助",
    "signature": "EC.AOV(金额, [买家], [订单状态], [订单编号])",
    "description": "客单价：GMV ÷ 订单数；给出买家 ID 时为 GMV ÷ 去重后的买家数。给出订单编号时，订单编号相同的行算作一笔订单。",
    "result": "平均每单金额，或每位买家的成交额。",
    "parameters": [
      {
        "name": "金额",
        "optional": false,
        "description": "订单金额。",
        "accepts": "一列或一行金额：数字，或导出文件中的金额文本（¥1,234.50、1.2万、88元，(1,234) 即 −1,234）。空单元格跳过。"
      },
      {
        "name": "买家",
        "optional": true,
        "description": "买家 ID，与金额逐行对应；给出后结果为每位买家的成交额（生意参谋口径的客单价）。",
        "accepts": "一列或一行 ID：文本或数字，前后空格忽略。空单元格表示没有 ID。"
      },
      {
        "name": "订单状态",
        "optional": true,
        "description": "订单状态；交易关闭、已退款的订单不计入。",
        "accepts": "一列或一行订单状态，照平台导出的原文（交易成功、交易关闭、退款成功、cancelled、refunded 等）。状态为空的订单计入。"
      },
      {
        "name": "订单编号",
        "optional": true,
        "description": "每行的订单编号：订单编号相同的行算作一笔订单（商品明细行、抖店子订单），订单金额为各行金额之和，或在每行重复、只写在首行的整单金额只取一次；订单编号为空的行各自算一笔订单。",
        "accepts": "一列或一行订单编号，与其他区域逐行对应。"
      }
    ],
    "example": {
      "formula": "=EC.AOV(D2:D5001, B2:B5001, E2:E5001, A2:A5001)",
      "result": "每位买家（去重）的成交额，如 186.40（省略买家则为每单金额）"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "金额、买家、订单状态、订单编号：区域超过一列（且超过一行）；请给出一列或一行。"
          },
          {
            "key": "cell.errorValue",
            "text": "函数读取的单元格中有 Excel 错误值（#N/A、#REF! 等）：请先更正该单元格。"
          },
          {
            "key": "cell.unreadableNumber",
            "text": "金额中有单元格的文本无法识别为数字。"
          },
          {
            "key": "cell.unreadableKey",
            "text": "买家、订单状态、订单编号中有单元格既不是文本也不是数字（例如数据类型）。"
          },
          {
            "key": "cell.lengthMismatch",
            "text": "金额、买家、订单状态、订单编号的行数不一致：它们必须逐行对应。"
          },
          {
            "key": "cell.missingBuyer",
            "text": "有金额的计入订单没有买家 ID。"
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.noOrders",
            "text": "未给出买家时：没有计入的订单（金额全部为空，或订单全部为交易关闭、已取消、已退款）。"
          },
          {
            "key": "argument.noBuyers",
            "text": "给出买家时：没有买家有计入的订单。"
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "result.notFinite",
            "text": "结果超出 Excel 的数字范围（金额过大，求和溢出）。"
          }
        ]
      }
    ]
  },
  {
    "id": "ORDERS",
    "locale": "zh-CN",
    "path": "help/zh-CN/orders.html",
    "otherPath": "help/en-US/orders.html",
    "name": "EC.ORDERS",
    "title": "EC.ORDERS · EC Review 函数帮助",
    "signature": "EC.ORDERS(金额, [订单状态], [订单编号])",
    "description": "订单数：有金额的订单笔数，不含交易关闭、已退款的订单。给出订单编号时，订单编号相同的行算作一笔订单，三行商品明细的订单算一笔。",
    "result": "计入的订单笔数：EC.GMV ÷ EC.ORDERS 即 EC.AOV。",
    "parameters": [
      {
        "name": "金额",
        "optional": false,
        "description": "订单金额：没有金额的行不算订单（订单下的空行、备注行）。",
        "accepts": "一列或一行金额：数字，或导出文件中的金额文本（¥1,234.50、1.2万、88元，(1,234) 即 −1,234）。空单元格跳过。"
      },
      {
        "name": "订单状态",
        "optional": true,
        "description": "订单状态；交易关闭、已退款的订单不计入。",
        "accepts": "一列或一行订单状态，照平台导出的原文（交易成功、交易关闭、退款成功、cancelled、refunded 等）。状态为空的订单计入。"
      },
      {
        "name": "订单编号",
        "optional": true,
        "description": "每行的订单编号：订单编号相同的行算作一笔订单（商品明细行、抖店子订单），订单金额为各行金额之和，或在每行重复、只写在首行的整单金额只取一次；订单编号为空的行各自算一笔订单。",
        "accepts": "一列或一行订单编号，与其他区域逐行对应。"
      }
    ],
    "example": {
      "formula": "=EC.ORDERS(D2:D5001, E2:E5001, A2:A5001)",
      "result": "计入的订单笔数，每笔订单无论有几行商品明细只计一笔，如 6,624"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "金额、订单状态、订单编号：区域超过一列（且超过一行）；请给出一列或一行。"
          },
          {
            "key": "cell.errorValue",
            "text": "函数读取的单元格中有 Excel 错误值（#N/A、#REF! 等）：请先更正该单元格。"
          },
          {
            "key": "cell.unreadableNumber",
            "text": "金额中有单元格的文本无法识别为数字。"
          },
          {
            "key": "cell.unreadableKey",
            "text": "订单状态、订单编号中有单元格既不是文本也不是数字（例如数据类型）。"
          },
          {
            "key": "cell.lengthMismatch",
            "text": "金额、订单状态、订单编号的行数不一致：它们必须逐行对应。"
          }
        ]
      }
    ]
  },
  {
    "id": "MARGIN",
    "locale": "zh-CN",
    "path": "help/zh-CN/margin.html",
    "otherPath": "help/en-US/margin.html",
    "name": "EC.MARGIN",
    "title": "EC.MARGIN · EC Review 函数帮助",
    "signature": "EC.MARGIN(收入, 成本)",
    "description": "毛利率：(收入 − 成本) ÷ 收入，对所有行合并计算（即按收入加权）。",
    "result": "毛利率，以小数表示（0.1 即 10%）。",
    "parameters": [
      {
        "name": "收入",
        "optional": false,
        "description": "收入（或售价），单个数字或一个区域。",
        "accepts": "一列或一行金额：数字，或导出文件中的金额文本（¥1,234.50、1.2万、88元，(1,234) 即 −1,234）。空单元格跳过。"
      },
      {
        "name": "成本",
        "optional": false,
        "description": "成本，单个数字或与收入逐行对应的区域。",
        "accepts": "一列或一行金额：数字，或导出文件中的金额文本（¥1,234.50、1.2万、88元，(1,234) 即 −1,234）。空单元格跳过。"
      }
    ],
    "example": {
      "formula": "=EC.MARGIN(D2:D5001, G2:G5001)",
      "result": "0.182，即毛利率 18.2%"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "收入、成本：区域超过一列（且超过一行）；请给出一列或一行。"
          },
          {
            "key": "cell.errorValue",
            "text": "函数读取的单元格中有 Excel 错误值（#N/A、#REF! 等）：请先更正该单元格。"
          },
          {
            "key": "cell.unreadableNumber",
            "text": "收入、成本中有单元格的文本无法识别为数字。"
          },
          {
            "key": "cell.lengthMismatch",
            "text": "收入、成本的行数不一致：它们必须逐行对应。"
          },
          {
            "key": "cell.missingCost",
            "text": "有收入的行没有成本：按 0 计会高估毛利率。"
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.zero",
            "text": "收入合计为 0。"
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.negative",
            "text": "收入合计小于 0（退款多于销售）：毛利率的正负会误导。"
          },
          {
            "key": "result.notFinite",
            "text": "结果超出 Excel 的数字范围（金额过大，求和溢出）。"
          }
        ]
      }
    ]
  },
  {
    "id": "MARGINBAND",
    "locale": "zh-CN",
    "path": "help/zh-CN/marginband.html",
    "otherPath": "help/en-US/marginband.html",
    "name": "EC.MARGINBAND",
    "title": "EC.MARGINBAND · EC Review 函数帮助",
    "signature": "EC.MARGINBAND(售价, 成本, [下限], [上限])",
    "description": "逐件判断毛利率低于、处于还是高于区间（默认 8%–12%），每件商品返回一个结果（向下或向右）。",
    "result": "每行为“低于区间”“区间内”或“高于区间”；空行保持空白。",
    "parameters": [
      {
        "name": "售价",
        "optional": false,
        "description": "每件商品的售价（或每行的收入）。",
        "accepts": "一列或一行金额：数字，或导出文件中的金额文本（¥1,234.50、1.2万、88元，(1,234) 即 −1,234）。空单元格跳过。"
      },
      {
        "name": "成本",
        "optional": false,
        "description": "每件商品的成本，与售价逐行对应。",
        "accepts": "一列或一行金额：数字，或导出文件中的金额文本（¥1,234.50、1.2万、88元，(1,234) 即 −1,234）。空单元格跳过。"
      },
      {
        "name": "下限",
        "optional": true,
        "description": "可接受的最低毛利率（默认 0.08）。",
        "accepts": "单个数字；12% 即 0.12。省略时为 0.08。"
      },
      {
        "name": "上限",
        "optional": true,
        "description": "预期的最高毛利率（默认 0.12）。",
        "accepts": "单个数字；12% 即 0.12。省略时为 0.12。"
      }
    ],
    "example": {
      "formula": "=EC.MARGINBAND(D2:D5001, G2:G5001, 8%, 12%)",
      "result": "每行一个结果：低于区间 / 区间内 / 高于区间"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "售价、成本：区域超过一列（且超过一行）；请给出一列或一行。"
          },
          {
            "key": "cell.errorValue",
            "text": "函数读取的单元格中有 Excel 错误值（#N/A、#REF! 等）：请先更正该单元格。"
          },
          {
            "key": "cell.unreadableNumber",
            "text": "售价、成本、下限、上限中有单元格的文本无法识别为数字。"
          },
          {
            "key": "cell.notScalar",
            "text": "下限、上限：此处需要单个数字，却给了区域。"
          },
          {
            "key": "cell.lengthMismatch",
            "text": "售价、成本的行数不一致：它们必须逐行对应。"
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.zero",
            "text": "某件商品售价为 0：该行显示 #DIV/0!，其余行照常显示。"
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.marginBand",
            "text": "区间下限高于上限。"
          }
        ]
      }
    ]
  },
  {
    "id": "PRICEFORMARGIN",
    "locale": "zh-CN",
    "path": "help/zh-CN/priceformargin.html",
    "otherPath": "help/en-US/priceformargin.html",
    "name": "EC.PRICEFORMARGIN",
    "title": "EC.PRICEFORMARGIN · EC Review 函数帮助",
    "signature": "EC.PRICEFORMARGIN(成本, 毛利率)",
    "description": "达到目标毛利率所需的售价：成本 ÷ (1 − 毛利率)。成本为区域时按区域方向（向下或向右）逐个返回。",
    "result": "每个成本对应的售价。",
    "parameters": [
      {
        "name": "成本",
        "optional": false,
        "description": "单位成本，单个数字或一列。",
        "accepts": "一列或一行金额：数字，或导出文件中的金额文本（¥1,234.50、1.2万、88元，(1,234) 即 −1,234）。空单元格跳过。"
      },
      {
        "name": "毛利率",
        "optional": false,
        "description": "目标毛利率，如 0.12 或 12%；亏本清仓时填负数（如 -1.5%）。",
        "accepts": "单个数字；12% 即 0.12。"
      }
    ],
    "example": {
      "formula": "=EC.PRICEFORMARGIN(G2:G20, 12%)",
      "result": "成本为 88 时售价为 100"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "成本：区域超过一列（且超过一行）；请给出一列或一行。"
          },
          {
            "key": "cell.errorValue",
            "text": "函数读取的单元格中有 Excel 错误值（#N/A、#REF! 等）：请先更正该单元格。"
          },
          {
            "key": "cell.unreadableNumber",
            "text": "成本、毛利率中有单元格的文本无法识别为数字。"
          },
          {
            "key": "cell.notScalar",
            "text": "毛利率：此处需要单个数字，却给了区域或空白。"
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.negative",
            "text": "某个成本为负数：该行显示 #NUM!。"
          },
          {
            "key": "argument.outOfRange",
            "text": "毛利率大于等于 1（100%）或小于等于 −1（−100%）：没有售价能达到。"
          },
          {
            "key": "result.notFinite",
            "text": "结果超出 Excel 的数字范围（金额过大，求和溢出）。"
          }
        ]
      }
    ]
  },
  {
    "id": "PRICEBANDS",
    "locale": "zh-CN",
    "path": "help/zh-CN/pricebands.html",
    "otherPath": "help/en-US/pricebands.html",
    "name": "EC.PRICEBANDS",
    "title": "EC.PRICEBANDS · EC Review 函数帮助",
    "signature": "EC.PRICEBANDS(金额, [分界点], [订单状态], [订单编号])",
    "description": "按订单金额划分价格带，统计各价格带的订单数、GMV 及占比，返回带表头的表格。给出订单编号时，订单编号相同的行算作一笔订单，按整单金额划分价格带。",
    "result": "价格带、订单数、订单占比、GMV、GMV 占比。",
    "parameters": [
      {
        "name": "金额",
        "optional": false,
        "description": "订单金额。",
        "accepts": "一列或一行金额：数字，或导出文件中的金额文本（¥1,234.50、1.2万、88元，(1,234) 即 −1,234）。空单元格跳过。"
      },
      {
        "name": "分界点",
        "optional": true,
        "description": "价格带分界点，须递增（默认 50、100、200、500）。",
        "accepts": "一个区域，或 {50,100,200} 这样的数组常量。空单元格忽略。"
      },
      {
        "name": "订单状态",
        "optional": true,
        "description": "订单状态；交易关闭、已退款的订单不计入。",
        "accepts": "一列或一行订单状态，照平台导出的原文（交易成功、交易关闭、退款成功、cancelled、refunded 等）。状态为空的订单计入。"
      },
      {
        "name": "订单编号",
        "optional": true,
        "description": "每行的订单编号：订单编号相同的行算作一笔订单（商品明细行、抖店子订单），订单金额为各行金额之和，或在每行重复、只写在首行的整单金额只取一次；订单编号为空的行各自算一笔订单。",
        "accepts": "一列或一行订单编号，与其他区域逐行对应。"
      }
    ],
    "example": {
      "formula": "=EC.PRICEBANDS(D2:D5001, {50,100,200,500}, E2:E5001, A2:A5001)",
      "result": "一张表：价格带、订单数、订单占比、GMV、GMV 占比"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "金额、分界点、订单状态、订单编号：区域超过一列（且超过一行）；请给出一列或一行。"
          },
          {
            "key": "cell.errorValue",
            "text": "函数读取的单元格中有 Excel 错误值（#N/A、#REF! 等）：请先更正该单元格。"
          },
          {
            "key": "cell.unreadableNumber",
            "text": "金额、分界点中有单元格的文本无法识别为数字。"
          },
          {
            "key": "cell.unreadableKey",
            "text": "订单状态、订单编号中有单元格既不是文本也不是数字（例如数据类型）。"
          },
          {
            "key": "cell.lengthMismatch",
            "text": "金额、订单状态、订单编号的行数不一致：它们必须逐行对应。"
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.noOrders",
            "text": "没有计入的订单：金额全部为空，或订单全部为交易关闭、已取消、已退款。"
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.edgesNotIncreasing",
            "text": "价格带分界点不是正数或没有递增（{50,100,200} 可以，{100,50} 不行）。"
          },
          {
            "key": "result.notFinite",
            "text": "结果超出 Excel 的数字范围（金额过大，求和溢出）。"
          }
        ]
      }
    ]
  },
  {
    "id": "ROI",
    "locale": "zh-CN",
    "path": "help/zh-CN/roi.html",
    "otherPath": "help/en-US/roi.html",
    "name": "EC.ROI",
    "title": "EC.ROI · EC Review 函数帮助",
    "signature": "EC.ROI(GMV, 花费, [口径], [毛利率])",
    "description": "广告投产比：GMV ÷ 花费；“profit”模式为 (GMV × 毛利率 − 花费) ÷ 花费。",
    "result": "投产比（1.2 表示每花 ¥1 带来 ¥1.2）。",
    "parameters": [
      {
        "name": "GMV",
        "optional": false,
        "description": "归因 GMV：单个数字或要求和的区域。",
        "accepts": "单个数字，或对其中数字求和的区域（空单元格不计）。"
      },
      {
        "name": "花费",
        "optional": false,
        "description": "广告花费：单个数字或要求和的区域。",
        "accepts": "单个数字，或对其中数字求和的区域（空单元格不计）。"
      },
      {
        "name": "口径",
        "optional": true,
        "description": "计算口径：\"gmv\"（默认，投产比）或 \"profit\"（利润口径）。",
        "accepts": "\"gmv\" / \"profit\" 之一。省略时为 \"gmv\"。"
      },
      {
        "name": "毛利率",
        "optional": true,
        "description": "profit 模式使用的毛利率，如 0.3。",
        "accepts": "单个数字；12% 即 0.12。"
      }
    ],
    "example": {
      "formula": "=EC.ROI(90000, 投放!C2:C31)",
      "result": "0.9：每花 ¥1 带来 ¥0.9 的 GMV"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "GMV、花费：区域超过一列（且超过一行）；请给出一列或一行。"
          },
          {
            "key": "cell.errorValue",
            "text": "函数读取的单元格中有 Excel 错误值（#N/A、#REF! 等）：请先更正该单元格。"
          },
          {
            "key": "cell.unreadableNumber",
            "text": "GMV、花费、毛利率中有单元格的文本无法识别为数字。"
          },
          {
            "key": "argument.unknownMode",
            "text": "口径不是 \"gmv\" / \"profit\" 之一。"
          },
          {
            "key": "cell.notScalar",
            "text": "毛利率：此处需要单个数字，却给了区域。"
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.zero",
            "text": "花费合计为 0。"
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.negative",
            "text": "花费合计小于 0。"
          },
          {
            "key": "argument.marginRequired",
            "text": "profit 模式缺少 −1 至 1 之间的毛利率。"
          },
          {
            "key": "result.notFinite",
            "text": "结果超出 Excel 的数字范围（金额过大，求和溢出）。"
          }
        ]
      }
    ]
  },
  {
    "id": "CAC",
    "locale": "zh-CN",
    "path": "help/zh-CN/cac.html",
    "otherPath": "help/en-US/cac.html",
    "name": "EC.CAC",
    "title": "EC.CAC · EC Review 函数帮助",
    "signature": "EC.CAC(花费, 新客数)",
    "description": "新客成本：花费 ÷ 新客数。",
    "result": "平均每位新客的花费。",
    "parameters": [
      {
        "name": "花费",
        "optional": false,
        "description": "广告花费：单个数字或要求和的区域。",
        "accepts": "单个数字，或对其中数字求和的区域（空单元格不计）。"
      },
      {
        "name": "新客数",
        "optional": false,
        "description": "新客数：单个数字或要求和的区域。",
        "accepts": "单个数字，或对其中数字求和的区域（空单元格不计）。"
      }
    ],
    "example": {
      "formula": "=EC.CAC(3800, 100)",
      "result": "每位新客 38"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "花费、新客数：区域超过一列（且超过一行）；请给出一列或一行。"
          },
          {
            "key": "cell.errorValue",
            "text": "函数读取的单元格中有 Excel 错误值（#N/A、#REF! 等）：请先更正该单元格。"
          },
          {
            "key": "cell.unreadableNumber",
            "text": "花费、新客数中有单元格的文本无法识别为数字。"
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.zero",
            "text": "新客数为 0。"
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.negative",
            "text": "花费或新客数为负数。"
          },
          {
            "key": "result.notFinite",
            "text": "结果超出 Excel 的数字范围（金额过大，求和溢出）。"
          }
        ]
      }
    ]
  },
  {
    "id": "ATTRIBUTION",
    "locale": "zh-CN",
    "path": "help/zh-CN/attribution.html",
    "otherPath": "help/en-US/attribution.html",
    "name": "EC.ATTRIBUTION",
    "title": "EC.ATTRIBUTION · EC Review 函数帮助",
    "signature": "EC.ATTRIBUTION(转化路径, 转化数, [转化价值], [模型])",
    "description": "把转化路径（渠道以 >、›、→ 或逗号连接，与 GA4 路径报告一致）的转化按末次触点、首次触点、线性、位置（40/20/40）、马尔可夫链（移除效应）和 Shapley 值分给各渠道，并列展示；也可只看一个模型。每个模型分出的转化（及价值）合计等于总数。只差大小写或空格的渠道名视为同一渠道。返回表格。",
    "result": "渠道，以及各模型分到的转化数（给出价值时还有价值）；指定模型时：渠道、转化数、占比、价值。",
    "parameters": [
      {
        "name": "转化路径",
        "optional": false,
        "description": "每行的转化路径：小红书 > 抖音本地推 > 站内搜索。",
        "accepts": "一列或一行 ID：文本或数字，前后空格忽略。空单元格表示没有 ID。"
      },
      {
        "name": "转化数",
        "optional": false,
        "description": "每条路径的转化数。",
        "accepts": "一列或一行数字，或单个数字。空单元格跳过。"
      },
      {
        "name": "转化价值",
        "optional": true,
        "description": "每条路径的转化价值（成交金额）。",
        "accepts": "一列或一行数字，或单个数字。空单元格跳过。"
      },
      {
        "name": "模型",
        "optional": true,
        "description": "只看一个模型：lasttouch、firsttouch、linear、positionbased、markov 或 shapley（默认 all，全部并列）。",
        "accepts": "\"all\" / \"lasttouch\" / \"firsttouch\" / \"linear\" / \"positionbased\" / \"markov\" / \"shapley\" 之一。省略时为 \"all\"。"
      }
    ],
    "example": {
      "formula": "=EC.ATTRIBUTION(A2:A4, B2:B4, C2:C4)",
      "result": "小红书 > 站内搜索（10）、站内搜索（5）、小红书 > 直播 > 站内搜索（5）时：末次触点把 20 个转化都给站内搜索，线性给小红书 6.67，马尔可夫与 Shapley 显示小红书开启路径的贡献"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "转化路径、转化数、转化价值：区域超过一列（且超过一行）；请给出一列或一行。"
          },
          {
            "key": "cell.errorValue",
            "text": "函数读取的单元格中有 Excel 错误值（#N/A、#REF! 等）：请先更正该单元格。"
          },
          {
            "key": "cell.unreadableKey",
            "text": "转化路径中有单元格既不是文本也不是数字（例如数据类型）。"
          },
          {
            "key": "cell.unreadableNumber",
            "text": "转化数、转化价值中有单元格的文本无法识别为数字。"
          },
          {
            "key": "argument.unknownMode",
            "text": "模型不是 \"all\" / \"lasttouch\" / \"firsttouch\" / \"linear\" / \"positionbased\" / \"markov\" / \"shapley\" 之一。"
          },
          {
            "key": "cell.lengthMismatch",
            "text": "转化路径、转化数、转化价值的行数不一致：它们必须逐行对应。"
          },
          {
            "key": "cell.emptyPath",
            "text": "某行有转化数或价值，但路径里没有渠道：请填写路径，或清空该行。"
          },
          {
            "key": "cell.pathTooLong",
            "text": "某条路径超过 50 个触点：多半是把整段会话日志粘进了一个单元格，而不是路径。"
          },
          {
            "key": "cell.missingPathConversions",
            "text": "某条路径没有转化数：请为每条路径填写转化数（没有则填 0）。"
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "cell.negativeConversions",
            "text": "某条路径的转化数为负：转化数应为 0 或更多。"
          },
          {
            "key": "result.notFinite",
            "text": "结果超出 Excel 的数字范围（金额过大，求和溢出）。"
          }
        ]
      }
    ]
  },
  {
    "id": "CONVERSION",
    "locale": "zh-CN",
    "path": "help/zh-CN/conversion.html",
    "otherPath": "help/en-US/conversion.html",
    "name": "EC.CONVERSION",
    "title": "EC.CONVERSION · EC Review 函数帮助",
    "signature": "EC.CONVERSION(支付买家数, 访客数)",
    "description": "转化率：支付买家数（或订单数）÷ 访客数。",
    "result": "转化率，以小数表示（0.032 即 3.2%）。",
    "parameters": [
      {
        "name": "支付买家数",
        "optional": false,
        "description": "支付买家数，无买家数据时用订单数：单个数字或要求和的区域。",
        "accepts": "单个数字，或对其中数字求和的区域（空单元格不计）。"
      },
      {
        "name": "访客数",
        "optional": false,
        "description": "访客数：单个数字或要求和的区域。",
        "accepts": "单个数字，或对其中数字求和的区域（空单元格不计）。"
      }
    ],
    "example": {
      "formula": "=EC.CONVERSION(320, 10000)",
      "result": "0.032，即转化率 3.2%"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "支付买家数、访客数：区域超过一列（且超过一行）；请给出一列或一行。"
          },
          {
            "key": "cell.errorValue",
            "text": "函数读取的单元格中有 Excel 错误值（#N/A、#REF! 等）：请先更正该单元格。"
          },
          {
            "key": "cell.unreadableNumber",
            "text": "支付买家数、访客数中有单元格的文本无法识别为数字。"
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.zero",
            "text": "访客数为 0。"
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.negative",
            "text": "支付买家数或访客数为负数。"
          },
          {
            "key": "argument.visitorsBelowConversions",
            "text": "转化数多于访客数：两者不是同一批流量。"
          },
          {
            "key": "result.notFinite",
            "text": "结果超出 Excel 的数字范围（金额过大，求和溢出）。"
          }
        ]
      }
    ]
  },
  {
    "id": "REPURCHASE",
    "locale": "zh-CN",
    "path": "help/zh-CN/repurchase.html",
    "otherPath": "help/en-US/repurchase.html",
    "name": "EC.REPURCHASE",
    "title": "EC.REPURCHASE · EC Review 函数帮助",
    "signature": "EC.REPURCHASE(买家, [金额], [订单状态], [订单编号])",
    "description": "复购率：下单 2 次及以上的买家数 ÷ 下单 1 次及以上的买家数。给出订单编号时，订单编号相同的行算作一笔订单。",
    "result": "复购率，以小数表示（0.18 即 18%）。",
    "parameters": [
      {
        "name": "买家",
        "optional": false,
        "description": "每笔订单的买家 ID。",
        "accepts": "一列或一行 ID：文本或数字，前后空格忽略。空单元格表示没有 ID。"
      },
      {
        "name": "金额",
        "optional": true,
        "description": "订单金额，与买家逐行对应；没有金额的行不算订单。",
        "accepts": "一列或一行金额：数字，或导出文件中的金额文本（¥1,234.50、1.2万、88元，(1,234) 即 −1,234）。空单元格跳过。"
      },
      {
        "name": "订单状态",
        "optional": true,
        "description": "订单状态；交易关闭、已退款的订单不计入。",
        "accepts": "一列或一行订单状态，照平台导出的原文（交易成功、交易关闭、退款成功、cancelled、refunded 等）。状态为空的订单计入。"
      },
      {
        "name": "订单编号",
        "optional": true,
        "description": "每行的订单编号：订单编号相同的行算作一笔订单（商品明细行、抖店子订单），订单金额为各行金额之和，或在每行重复、只写在首行的整单金额只取一次；订单编号为空的行各自算一笔订单。",
        "accepts": "一列或一行订单编号，与其他区域逐行对应。"
      }
    ],
    "example": {
      "formula": "=EC.REPURCHASE(B2:B5001, D2:D5001, E2:E5001, A2:A5001)",
      "result": "0.21：21% 的买家下单 2 次及以上（一笔订单的多行商品明细算一笔订单）"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "买家、金额、订单状态、订单编号：区域超过一列（且超过一行）；请给出一列或一行。"
          },
          {
            "key": "cell.errorValue",
            "text": "函数读取的单元格中有 Excel 错误值（#N/A、#REF! 等）：请先更正该单元格。"
          },
          {
            "key": "cell.unreadableKey",
            "text": "买家、订单状态、订单编号中有单元格既不是文本也不是数字（例如数据类型）。"
          },
          {
            "key": "cell.unreadableNumber",
            "text": "金额中有单元格的文本无法识别为数字。"
          },
          {
            "key": "cell.lengthMismatch",
            "text": "买家、金额、订单状态、订单编号的行数不一致：它们必须逐行对应。"
          },
          {
            "key": "cell.missingBuyer",
            "text": "有金额的计入订单没有买家 ID。"
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.noBuyers",
            "text": "没有买家有计入的订单。"
          }
        ]
      }
    ]
  },
  {
    "id": "FIRSTPRODUCT",
    "locale": "zh-CN",
    "path": "help/zh-CN/firstproduct.html",
    "otherPath": "help/en-US/firstproduct.html",
    "name": "EC.FIRSTPRODUCT",
    "title": "EC.FIRSTPRODUCT · EC Review 函数帮助",
    "signature": "EC.FIRSTPRODUCT(买家, 下单日期, 商品, [金额], [订单状态], [起始日期], [截止日期], [订单编号])",
    "description": "按首购商品看复购：首单落在起止日期之间的新客，按首单商品分组，计算其在该时间范围内下单 2 次及以上的比例（复购率）及 95% Wilson 置信区间。给出订单编号时，订单编号相同的行算作一笔订单，其商品取金额最大的一行（金额相同取先列出的一行）。返回按新客数从多到少排列的表格。",
    "result": "商品、新客数、复购人数、复购率、置信下限、置信上限。",
    "parameters": [
      {
        "name": "买家",
        "optional": false,
        "description": "每行的买家 ID。",
        "accepts": "一列或一行 ID：文本或数字，前后空格忽略。空单元格表示没有 ID。"
      },
      {
        "name": "下单日期",
        "optional": false,
        "description": "每行的订单日期（付款时间，没有则用创建时间）。",
        "accepts": "一列或一行日期：Excel 日期、日期时间，或 2025-06-01、2025/6/1 10:22、2025年6月1日 这样的文本（美式 6/1/2025 不作猜测，视为无法识别）。"
      },
      {
        "name": "商品",
        "optional": false,
        "description": "每行的商品：SKU（商家编码）或商品标题。",
        "accepts": "一列或一行 ID：文本或数字，前后空格忽略。空单元格表示没有 ID。"
      },
      {
        "name": "金额",
        "optional": true,
        "description": "每行的金额：没有金额的行不算订单；一笔订单的多行中金额最大的一行是其商品。",
        "accepts": "一列或一行金额：数字，或导出文件中的金额文本（¥1,234.50、1.2万、88元，(1,234) 即 −1,234）。空单元格跳过。"
      },
      {
        "name": "订单状态",
        "optional": true,
        "description": "订单状态；交易关闭、已退款的订单（及商品行）不计入。",
        "accepts": "一列或一行订单状态，照平台导出的原文（交易成功、交易关闭、退款成功、cancelled、refunded 等）。状态为空的订单计入。"
      },
      {
        "name": "起始日期",
        "optional": true,
        "description": "时间范围的第一天（默认最早的订单）。",
        "accepts": "单个日期。"
      },
      {
        "name": "截止日期",
        "optional": true,
        "description": "时间范围的最后一天，含当天（默认最晚的订单）。",
        "accepts": "单个日期。"
      },
      {
        "name": "订单编号",
        "optional": true,
        "description": "每行的订单编号：订单编号相同的行算作一笔订单（商品明细行）；订单编号为空的行各自算一笔订单。",
        "accepts": "一列或一行订单编号，与其他区域逐行对应。"
      }
    ],
    "example": {
      "formula": "=EC.FIRSTPRODUCT(B2:B5001, C2:C5001, F2:F5001, D2:D5001, E2:E5001, DATE(2025,6,1), DATE(2025,10,31), A2:A5001)",
      "result": "表格：每个首购商品的新客数、复购人数、复购率及其 95% 置信区间"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "买家、下单日期、商品、金额、订单状态、订单编号：区域超过一列（且超过一行）；请给出一列或一行。"
          },
          {
            "key": "cell.errorValue",
            "text": "函数读取的单元格中有 Excel 错误值（#N/A、#REF! 等）：请先更正该单元格。"
          },
          {
            "key": "cell.unreadableKey",
            "text": "买家、商品、订单状态、订单编号中有单元格既不是文本也不是数字（例如数据类型）。"
          },
          {
            "key": "cell.unreadableDate",
            "text": "下单日期、起始日期、截止日期中有单元格无法识别为日期。"
          },
          {
            "key": "cell.unreadableNumber",
            "text": "金额中有单元格的文本无法识别为数字。"
          },
          {
            "key": "cell.notOneCell",
            "text": "起始日期、截止日期：此处需要单个单元格，却给了区域。"
          },
          {
            "key": "cell.lengthMismatch",
            "text": "买家、下单日期、商品、金额、订单状态、订单编号的行数不一致：它们必须逐行对应。"
          },
          {
            "key": "cell.missingDate",
            "text": "计入的订单没有下单日期。"
          },
          {
            "key": "cell.missingBuyer",
            "text": "有金额的计入订单没有买家 ID。"
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.noFirstTimeBuyers",
            "text": "没有买家的首笔计入订单落在起止日期之间。"
          }
        ]
      }
    ]
  },
  {
    "id": "RETENTION",
    "locale": "zh-CN",
    "path": "help/zh-CN/retention.html",
    "otherPath": "help/en-US/retention.html",
    "name": "EC.RETENTION",
    "title": "EC.RETENTION · EC Review 函数帮助",
    "signature": "EC.RETENTION(买家, 下单日期, [订单状态], [月数], [订单编号])",
    "description": "按月同期群留存：按首购月份给买家分组，计算此后每个月再次下单的比例，返回矩阵。给出订单编号时，订单编号相同的行算作一笔订单。",
    "result": "首购月、买家数，以及第 0、1、2 … 月的留存比例；尚未到来的月份留空。",
    "parameters": [
      {
        "name": "买家",
        "optional": false,
        "description": "每笔订单的买家 ID。",
        "accepts": "一列或一行 ID：文本或数字，前后空格忽略。空单元格表示没有 ID。"
      },
      {
        "name": "下单日期",
        "optional": false,
        "description": "每笔订单的下单日期（日期、日期时间，或 2025/6/1 10:22 这样的文本）。",
        "accepts": "一列或一行日期：Excel 日期、日期时间，或 2025-06-01、2025/6/1 10:22、2025年6月1日 这样的文本（美式 6/1/2025 不作猜测，视为无法识别）。"
      },
      {
        "name": "订单状态",
        "optional": true,
        "description": "订单状态；交易关闭、已退款的订单不计入。",
        "accepts": "一列或一行订单状态，照平台导出的原文（交易成功、交易关闭、退款成功、cancelled、refunded 等）。状态为空的订单计入。"
      },
      {
        "name": "月数",
        "optional": true,
        "description": "首购之后显示的月数（默认 12，最多 31）。",
        "accepts": "单个数字；12% 即 0.12。省略时为 12。取值 0 至 31。"
      },
      {
        "name": "订单编号",
        "optional": true,
        "description": "每行的订单编号：订单编号相同的行算作一笔订单（商品明细行、抖店子订单），订单金额为各行金额之和，或在每行重复、只写在首行的整单金额只取一次；订单编号为空的行各自算一笔订单。",
        "accepts": "一列或一行订单编号，与其他区域逐行对应。"
      }
    ],
    "example": {
      "formula": "=EC.RETENTION(B2:B5001, C2:C5001, E2:E5001, 6, A2:A5001)",
      "result": "同期群矩阵：首购月、买家数、M0 … M6"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "买家、下单日期、订单状态、订单编号：区域超过一列（且超过一行）；请给出一列或一行。"
          },
          {
            "key": "cell.errorValue",
            "text": "函数读取的单元格中有 Excel 错误值（#N/A、#REF! 等）：请先更正该单元格。"
          },
          {
            "key": "cell.unreadableKey",
            "text": "买家、订单状态、订单编号中有单元格既不是文本也不是数字（例如数据类型）。"
          },
          {
            "key": "cell.unreadableDate",
            "text": "下单日期中有单元格无法识别为日期。"
          },
          {
            "key": "cell.notScalar",
            "text": "月数：此处需要单个数字，却给了区域。"
          },
          {
            "key": "cell.unreadableNumber",
            "text": "月数中有单元格的文本无法识别为数字。"
          },
          {
            "key": "cell.lengthMismatch",
            "text": "买家、下单日期、订单状态、订单编号的行数不一致：它们必须逐行对应。"
          },
          {
            "key": "cell.missingDate",
            "text": "计入的订单没有下单日期。"
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.outOfRange",
            "text": "月数不在 0 至 31 之间。"
          }
        ]
      },
      {
        "code": "#N/A",
        "reasons": [
          {
            "key": "argument.noDates",
            "text": "计入的订单都没有下单日期，无法划分同期群。"
          }
        ]
      }
    ]
  },
  {
    "id": "GROWTH",
    "locale": "zh-CN",
    "path": "help/zh-CN/growth.html",
    "otherPath": "help/en-US/growth.html",
    "name": "EC.GROWTH",
    "title": "EC.GROWTH · EC Review 函数帮助",
    "signature": "EC.GROWTH(本期, 上期)",
    "description": "增长率：本期 ÷ 上期 − 1。给出两个等长区域时按区域方向（向下或向右）逐个返回增长率。",
    "result": "增长率，以小数表示（0.125 即 +12.5%）。",
    "parameters": [
      {
        "name": "本期",
        "optional": false,
        "description": "本期数值（或一列本期数值）。",
        "accepts": "一列或一行数字，或单个数字。空单元格跳过。"
      },
      {
        "name": "上期",
        "optional": false,
        "description": "上期数值（或一列上期数值）。",
        "accepts": "一列或一行数字，或单个数字。空单元格跳过。"
      }
    ],
    "example": {
      "formula": "=EC.GROWTH(0.9, 1.2)",
      "result": "-0.25：投产比下降 25%"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "本期、上期：区域超过一列（且超过一行）；请给出一列或一行。"
          },
          {
            "key": "cell.errorValue",
            "text": "函数读取的单元格中有 Excel 错误值（#N/A、#REF! 等）：请先更正该单元格。"
          },
          {
            "key": "cell.unreadableNumber",
            "text": "本期、上期中有单元格的文本无法识别为数字。"
          },
          {
            "key": "cell.lengthMismatch",
            "text": "本期、上期的行数不一致：它们必须逐行对应。"
          },
          {
            "key": "cell.notScalar",
            "text": "给出两个单元格，其中一个为空。"
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.zero",
            "text": "上期数值为 0（给出两个区域时，该行显示 #DIV/0!）。"
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.negative",
            "text": "上期数值小于 0：以亏损为基数算出的增长率正负会误导。"
          },
          {
            "key": "result.notFinite",
            "text": "结果超出 Excel 的数字范围（金额过大，求和溢出）。"
          }
        ]
      }
    ]
  },
  {
    "id": "ATTAINMENT",
    "locale": "zh-CN",
    "path": "help/zh-CN/attainment.html",
    "otherPath": "help/en-US/attainment.html",
    "name": "EC.ATTAINMENT",
    "title": "EC.ATTAINMENT · EC Review 函数帮助",
    "signature": "EC.ATTAINMENT(实际, 目标)",
    "description": "目标达成率：实际 ÷ 目标。给出两个等长区域时按区域方向（向下或向右）逐个返回达成率。",
    "result": "达成率，以小数表示（0.792 即 79.2%）。",
    "parameters": [
      {
        "name": "实际",
        "optional": false,
        "description": "实际值（或一列实际值）。",
        "accepts": "一列或一行数字，或单个数字。空单元格跳过。"
      },
      {
        "name": "目标",
        "optional": false,
        "description": "目标值（或一列目标值）。",
        "accepts": "一列或一行数字，或单个数字。空单元格跳过。"
      }
    ],
    "example": {
      "formula": "=EC.ATTAINMENT(19800000, 25000000)",
      "result": "0.792：完成目标的 79.2%"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "实际、目标：区域超过一列（且超过一行）；请给出一列或一行。"
          },
          {
            "key": "cell.errorValue",
            "text": "函数读取的单元格中有 Excel 错误值（#N/A、#REF! 等）：请先更正该单元格。"
          },
          {
            "key": "cell.unreadableNumber",
            "text": "实际、目标中有单元格的文本无法识别为数字。"
          },
          {
            "key": "cell.lengthMismatch",
            "text": "实际、目标的行数不一致：它们必须逐行对应。"
          },
          {
            "key": "cell.notScalar",
            "text": "给出两个单元格，其中一个为空。"
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.zero",
            "text": "目标为 0（给出两个区域时，该行显示 #DIV/0!）。"
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.negative",
            "text": "目标小于 0。"
          },
          {
            "key": "result.notFinite",
            "text": "结果超出 Excel 的数字范围（金额过大，求和溢出）。"
          }
        ]
      }
    ]
  },
  {
    "id": "ABTEST",
    "locale": "zh-CN",
    "path": "help/zh-CN/abtest.html",
    "otherPath": "help/en-US/abtest.html",
    "name": "EC.ABTEST",
    "title": "EC.ABTEST · EC Review 函数帮助",
    "signature": "EC.ABTEST(对照组转化数, 对照组访客数, 实验组转化数, 实验组访客数, [置信水平])",
    "description": "两组转化率的 A/B 检验（双比例 z 检验），返回提升幅度、置信下限、置信上限、p 值和是否显著。",
    "result": "一行表头加一行结果：提升幅度、置信下限、置信上限、p 值、是否显著（TRUE/FALSE）。",
    "parameters": [
      {
        "name": "对照组转化数",
        "optional": false,
        "description": "对照组的转化数。",
        "accepts": "单个数字；12% 即 0.12。"
      },
      {
        "name": "对照组访客数",
        "optional": false,
        "description": "对照组的访客数。",
        "accepts": "单个数字；12% 即 0.12。"
      },
      {
        "name": "实验组转化数",
        "optional": false,
        "description": "实验组的转化数。",
        "accepts": "单个数字；12% 即 0.12。"
      },
      {
        "name": "实验组访客数",
        "optional": false,
        "description": "实验组的访客数。",
        "accepts": "单个数字；12% 即 0.12。"
      },
      {
        "name": "置信水平",
        "optional": true,
        "description": "置信水平（默认 0.95）。",
        "accepts": "单个数字；12% 即 0.12。省略时为 0.95。"
      }
    ],
    "example": {
      "formula": "=EC.ABTEST(500, 10000, 546, 10000)",
      "result": "提升 9.2%、其 95% 置信区间、p 值，以及是否显著（TRUE/FALSE）"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notScalar",
            "text": "对照组转化数、对照组访客数、实验组转化数、实验组访客数：此处需要单个数字，却给了区域或空白。"
          },
          {
            "key": "cell.notScalar",
            "text": "置信水平：此处需要单个数字，却给了区域。"
          },
          {
            "key": "cell.errorValue",
            "text": "函数读取的单元格中有 Excel 错误值（#N/A、#REF! 等）：请先更正该单元格。"
          },
          {
            "key": "cell.unreadableNumber",
            "text": "对照组转化数、对照组访客数、实验组转化数、实验组访客数、置信水平中有单元格的文本无法识别为数字。"
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.zero",
            "text": "有一组访客数为 0。"
          },
          {
            "key": "argument.noConversions",
            "text": "有一组没有转化，提升幅度及其置信区间无法计算。"
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.negative",
            "text": "有一组的转化数或访客数为负数。"
          },
          {
            "key": "argument.outOfRange",
            "text": "置信水平不在 0 与 1 之间（0.95 即 95%）。"
          },
          {
            "key": "argument.visitorsBelowConversions",
            "text": "转化数多于访客数：两者不是同一批流量。"
          },
          {
            "key": "result.notFinite",
            "text": "结果超出 Excel 的数字范围（金额过大，求和溢出）。"
          }
        ]
      }
    ]
  },
  {
    "id": "EXPERIMENT",
    "locale": "zh-CN",
    "path": "help/zh-CN/experiment.html",
    "otherPath": "help/en-US/experiment.html",
    "name": "EC.EXPERIMENT",
    "title": "EC.EXPERIMENT · EC Review 函数帮助",
    "signature": "EC.EXPERIMENT(组别, 访客数, 转化数, [成交金额], [置信水平], [功效])",
    "description": "两组及以上的实验：各组转化率及其 Wilson 区间；与对照组（名为 control、对照或 A 的组，否则第一组）相比的提升及其区间、合并方差 z 检验的 z 值和 p 值，以及 80% 功效下的最小可检测差 MDE = (z₁₋α/₂ + z₀.₈) × √(p(1−p)(1/n₁+1/n₂))；提升不显著或低于 MDE 时给出提示。同一组的多行相加。返回表格。",
    "result": "组别、访客数、转化数、转化率、置信下限、置信上限、访客价值、提升、提升置信下限、提升置信上限、z、p 值、是否显著、最小可检测差（百分点）、最小可检测提升、提示。",
    "parameters": [
      {
        "name": "组别",
        "optional": false,
        "description": "每行的组别（分组、版本）：对照组、A、B……",
        "accepts": "一列或一行 ID：文本或数字，前后空格忽略。空单元格表示没有 ID。"
      },
      {
        "name": "访客数",
        "optional": false,
        "description": "每行的访客数（曝光人数）。",
        "accepts": "一列或一行数字，或单个数字。空单元格跳过。"
      },
      {
        "name": "转化数",
        "optional": false,
        "description": "每行的转化数（支付买家数）。",
        "accepts": "一列或一行数字，或单个数字。空单元格跳过。"
      },
      {
        "name": "成交金额",
        "optional": true,
        "description": "每行的成交金额，用于计算访客价值。",
        "accepts": "一列或一行数字，或单个数字。空单元格跳过。"
      },
      {
        "name": "置信水平",
        "optional": true,
        "description": "置信水平（默认 0.95）；显著性水平为 1 − 置信水平。",
        "accepts": "单个数字；12% 即 0.12。省略时为 0.95。"
      },
      {
        "name": "功效",
        "optional": true,
        "description": "最小可检测差的检验功效（默认 0.8）。",
        "accepts": "单个数字；12% 即 0.12。省略时为 0.8。"
      }
    ],
    "example": {
      "formula": "=EC.EXPERIMENT(B2:B3, C2:C3, D2:D3, E2:E3)",
      "result": "A 组 200/10,000、B 组 250/10,000 时：B 提升 +25%，z 2.384，p 0.0171，最小可检测提升 27.7%，提示：低于最小可检测提升"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "组别、访客数、转化数、成交金额：区域超过一列（且超过一行）；请给出一列或一行。"
          },
          {
            "key": "cell.errorValue",
            "text": "函数读取的单元格中有 Excel 错误值（#N/A、#REF! 等）：请先更正该单元格。"
          },
          {
            "key": "cell.unreadableKey",
            "text": "组别中有单元格既不是文本也不是数字（例如数据类型）。"
          },
          {
            "key": "cell.unreadableNumber",
            "text": "访客数、转化数、成交金额、置信水平、功效中有单元格的文本无法识别为数字。"
          },
          {
            "key": "cell.notScalar",
            "text": "置信水平、功效：此处需要单个数字，却给了区域。"
          },
          {
            "key": "cell.lengthMismatch",
            "text": "组别、访客数、转化数、成交金额的行数不一致：它们必须逐行对应。"
          },
          {
            "key": "cell.missingArmFigure",
            "text": "写有组别的一行，访客数或转化数单元格为空。"
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.armWithoutVisitors",
            "text": "某组的访客数合计为 0。"
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.negativeArm",
            "text": "某组的访客数或转化数合计小于 0。"
          },
          {
            "key": "argument.armConversionsAboveVisitors",
            "text": "某组转化数多于访客数：两者描述的不是同一批流量。"
          },
          {
            "key": "argument.outOfRange",
            "text": "置信水平或功效不在 0 与 1 之间（0.95 即 95%）。"
          },
          {
            "key": "result.notFinite",
            "text": "结果超出 Excel 的数字范围（金额过大，求和溢出）。"
          }
        ]
      },
      {
        "code": "#N/A",
        "reasons": [
          {
            "key": "argument.fewArms",
            "text": "组别区域中不足两个组。"
          }
        ]
      }
    ]
  },
  {
    "id": "RFM",
    "locale": "zh-CN",
    "path": "help/zh-CN/rfm.html",
    "otherPath": "help/en-US/rfm.html",
    "name": "EC.RFM",
    "title": "EC.RFM · EC Review 函数帮助",
    "signature": "EC.RFM(买家, 下单日期, 金额, [基准日期], [汇总], [订单状态], [订单编号])",
    "description": "RFM 客户分层：每位买家的最近购买（R）、购买频次（F）、消费金额（M）1–5 分及分层名称，或按分层汇总。给出订单编号时，订单编号相同的行算作一笔订单（购买频次按订单计）。",
    "result": "按买家：买家、最近购买（天）、购买频次、消费金额、R、F、M、客户分层。按分层：客户分层、买家数、买家占比、GMV、GMV 占比。",
    "parameters": [
      {
        "name": "买家",
        "optional": false,
        "description": "每笔订单的买家 ID。",
        "accepts": "一列或一行 ID：文本或数字，前后空格忽略。空单元格表示没有 ID。"
      },
      {
        "name": "下单日期",
        "optional": false,
        "description": "每笔订单的下单日期。",
        "accepts": "一列或一行日期：Excel 日期、日期时间，或 2025-06-01、2025/6/1 10:22、2025年6月1日 这样的文本（美式 6/1/2025 不作猜测，视为无法识别）。"
      },
      {
        "name": "金额",
        "optional": false,
        "description": "每笔订单的金额。",
        "accepts": "一列或一行金额：数字，或导出文件中的金额文本（¥1,234.50、1.2万、88元，(1,234) 即 −1,234）。空单元格跳过。"
      },
      {
        "name": "基准日期",
        "optional": true,
        "description": "计算最近购买天数的基准日期（默认为最晚的下单日期）。",
        "accepts": "单个日期。"
      },
      {
        "name": "汇总",
        "optional": true,
        "description": "为 TRUE 时每个分层一行（买家数、占比），否则每位买家一行。",
        "accepts": "TRUE 或 FALSE。省略时为 FALSE。"
      },
      {
        "name": "订单状态",
        "optional": true,
        "description": "订单状态；交易关闭、已退款的订单不计入。",
        "accepts": "一列或一行订单状态，照平台导出的原文（交易成功、交易关闭、退款成功、cancelled、refunded 等）。状态为空的订单计入。"
      },
      {
        "name": "订单编号",
        "optional": true,
        "description": "每行的订单编号：订单编号相同的行算作一笔订单（商品明细行、抖店子订单），订单金额为各行金额之和，或在每行重复、只写在首行的整单金额只取一次；订单编号为空的行各自算一笔订单。",
        "accepts": "一列或一行订单编号，与其他区域逐行对应。"
      }
    ],
    "example": {
      "formula": "=EC.RFM(B2:B5001, C2:C5001, D2:D5001, , TRUE, E2:E5001, A2:A5001)",
      "result": "每个分层一行：买家数、买家占比、GMV、GMV 占比"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "买家、下单日期、金额、订单状态、订单编号：区域超过一列（且超过一行）；请给出一列或一行。"
          },
          {
            "key": "cell.errorValue",
            "text": "函数读取的单元格中有 Excel 错误值（#N/A、#REF! 等）：请先更正该单元格。"
          },
          {
            "key": "cell.unreadableKey",
            "text": "买家、订单状态、订单编号中有单元格既不是文本也不是数字（例如数据类型）。"
          },
          {
            "key": "cell.unreadableDate",
            "text": "下单日期、基准日期中有单元格无法识别为日期。"
          },
          {
            "key": "cell.unreadableNumber",
            "text": "金额中有单元格的文本无法识别为数字。"
          },
          {
            "key": "cell.notOneCell",
            "text": "基准日期：此处需要单个单元格，却给了区域。"
          },
          {
            "key": "cell.lengthMismatch",
            "text": "买家、下单日期、金额、订单状态、订单编号的行数不一致：它们必须逐行对应。"
          },
          {
            "key": "cell.missingBuyer",
            "text": "有金额的计入订单没有买家 ID。"
          },
          {
            "key": "cell.missingDate",
            "text": "计入的订单没有下单日期。"
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.noBuyers",
            "text": "没有买家有计入的订单。"
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "result.notFinite",
            "text": "结果超出 Excel 的数字范围（金额过大，求和溢出）。"
          }
        ]
      }
    ]
  },
  {
    "id": "SLOWMOVING",
    "locale": "zh-CN",
    "path": "help/zh-CN/slowmoving.html",
    "otherPath": "help/en-US/slowmoving.html",
    "name": "EC.SLOWMOVING",
    "title": "EC.SLOWMOVING · EC Review 函数帮助",
    "signature": "EC.SLOWMOVING(库存, 销量, 天数, [滞销天数])",
    "description": "滞销库存：可售天数 = 库存 ÷ 日均销量，超过阈值即标记为滞销；每行返回两列。",
    "result": "每件商品的可售天数；滞销时第二列为 TRUE。",
    "parameters": [
      {
        "name": "库存",
        "optional": false,
        "description": "每件商品的库存数量。",
        "accepts": "一列或一行数字，或单个数字。空单元格跳过。"
      },
      {
        "name": "销量",
        "optional": false,
        "description": "每件商品在统计期内的销量。",
        "accepts": "一列或一行数字，或单个数字。空单元格跳过。"
      },
      {
        "name": "天数",
        "optional": false,
        "description": "统计期的天数。",
        "accepts": "单个数字；12% 即 0.12。"
      },
      {
        "name": "滞销天数",
        "optional": true,
        "description": "可售天数超过该值即为滞销（默认 90）。",
        "accepts": "单个数字；12% 即 0.12。省略时为 90。"
      }
    ],
    "example": {
      "formula": "=EC.SLOWMOVING(H2:H200, I2:I200, 30, 90)",
      "result": "每件商品的可售天数，滞销时第二列为 TRUE"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "库存、销量：区域超过一列（且超过一行）；请给出一列或一行。"
          },
          {
            "key": "cell.errorValue",
            "text": "函数读取的单元格中有 Excel 错误值（#N/A、#REF! 等）：请先更正该单元格。"
          },
          {
            "key": "cell.unreadableNumber",
            "text": "库存、销量、天数、滞销天数中有单元格的文本无法识别为数字。"
          },
          {
            "key": "cell.notScalar",
            "text": "天数：此处需要单个数字，却给了区域或空白。"
          },
          {
            "key": "cell.notScalar",
            "text": "滞销天数：此处需要单个数字，却给了区域。"
          },
          {
            "key": "cell.lengthMismatch",
            "text": "库存、销量的行数不一致：它们必须逐行对应。"
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.negative",
            "text": "库存、销量或滞销天数为负数。"
          },
          {
            "key": "argument.outOfRange",
            "text": "统计期天数为 0 或更少。"
          },
          {
            "key": "result.notFinite",
            "text": "结果超出 Excel 的数字范围（金额过大，求和溢出）。"
          }
        ]
      }
    ]
  },
  {
    "id": "CHANNELS",
    "locale": "zh-CN",
    "path": "help/zh-CN/channels.html",
    "otherPath": "help/en-US/channels.html",
    "name": "EC.CHANNELS",
    "title": "EC.CHANNELS · EC Review 函数帮助",
    "signature": "EC.CHANNELS(渠道, 金额, 买家, 下单日期, [花费渠道], [花费金额], [订单状态], [订单编号])",
    "description": "渠道表：各渠道的 GMV、订单数、花费、投产比、新客数和新客成本，返回带表头的表格。给出订单编号时，订单编号相同的行算作一笔订单。",
    "result": "渠道、GMV、订单数、花费、投产比、新客数、新客成本。",
    "parameters": [
      {
        "name": "渠道",
        "optional": false,
        "description": "每笔订单的渠道（流量来源）。",
        "accepts": "一列或一行 ID：文本或数字，前后空格忽略。空单元格表示没有 ID。"
      },
      {
        "name": "金额",
        "optional": false,
        "description": "每笔订单的金额。",
        "accepts": "一列或一行金额：数字，或导出文件中的金额文本（¥1,234.50、1.2万、88元，(1,234) 即 −1,234）。空单元格跳过。"
      },
      {
        "name": "买家",
        "optional": false,
        "description": "每笔订单的买家 ID。",
        "accepts": "一列或一行 ID：文本或数字，前后空格忽略。空单元格表示没有 ID。"
      },
      {
        "name": "下单日期",
        "optional": false,
        "description": "每笔订单的下单日期（买家首单所在的渠道即其新客渠道）。",
        "accepts": "一列或一行日期：Excel 日期、日期时间，或 2025-06-01、2025/6/1 10:22、2025年6月1日 这样的文本（美式 6/1/2025 不作猜测，视为无法识别）。"
      },
      {
        "name": "花费渠道",
        "optional": true,
        "description": "每条广告花费记录的渠道。",
        "accepts": "一列或一行 ID：文本或数字，前后空格忽略。空单元格表示没有 ID。"
      },
      {
        "name": "花费金额",
        "optional": true,
        "description": "每条广告花费记录的金额。",
        "accepts": "一列或一行金额：数字，或导出文件中的金额文本（¥1,234.50、1.2万、88元，(1,234) 即 −1,234）。空单元格跳过。"
      },
      {
        "name": "订单状态",
        "optional": true,
        "description": "订单状态；交易关闭、已退款的订单不计入。",
        "accepts": "一列或一行订单状态，照平台导出的原文（交易成功、交易关闭、退款成功、cancelled、refunded 等）。状态为空的订单计入。"
      },
      {
        "name": "订单编号",
        "optional": true,
        "description": "每行的订单编号：订单编号相同的行算作一笔订单（商品明细行、抖店子订单），订单金额为各行金额之和，或在每行重复、只写在首行的整单金额只取一次；订单编号为空的行各自算一笔订单。",
        "accepts": "一列或一行订单编号，与其他区域逐行对应。"
      }
    ],
    "example": {
      "formula": "=EC.CHANNELS(F2:F5001, D2:D5001, B2:B5001, C2:C5001, 投放!B2:B31, 投放!C2:C31, E2:E5001, A2:A5001)",
      "result": "每个渠道一行：GMV、订单数、花费、投产比、新客数、新客成本"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "渠道、金额、买家、下单日期、花费渠道、花费金额、订单状态、订单编号：区域超过一列（且超过一行）；请给出一列或一行。"
          },
          {
            "key": "cell.errorValue",
            "text": "函数读取的单元格中有 Excel 错误值（#N/A、#REF! 等）：请先更正该单元格。"
          },
          {
            "key": "cell.unreadableKey",
            "text": "渠道、买家、花费渠道、订单状态、订单编号中有单元格既不是文本也不是数字（例如数据类型）。"
          },
          {
            "key": "cell.unreadableNumber",
            "text": "金额、花费金额中有单元格的文本无法识别为数字。"
          },
          {
            "key": "cell.unreadableDate",
            "text": "下单日期中有单元格无法识别为日期。"
          },
          {
            "key": "cell.lengthMismatch",
            "text": "买家、下单日期、金额、订单状态、渠道、订单编号的行数不一致：它们必须逐行对应。"
          },
          {
            "key": "cell.lengthMismatch",
            "text": "花费渠道、花费金额的行数不一致：它们必须逐行对应。"
          },
          {
            "key": "cell.lengthMismatch",
            "text": "给出了花费渠道却没有花费金额（或反之）：两者须同时给出或同时省略。"
          },
          {
            "key": "cell.missingBuyer",
            "text": "有金额的计入订单没有买家 ID。"
          },
          {
            "key": "cell.missingDate",
            "text": "计入的订单没有下单日期。"
          },
          {
            "key": "cell.missingChannel",
            "text": "计入的订单没有渠道。"
          },
          {
            "key": "cell.missingSpendChannel",
            "text": "有金额的花费行没有渠道：这笔花费将不计入任何渠道的投产比。"
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.noOrders",
            "text": "没有计入的订单，也没有给出花费。"
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "result.notFinite",
            "text": "结果超出 Excel 的数字范围（金额过大，求和溢出）。"
          }
        ]
      }
    ]
  },
  {
    "id": "BASKET",
    "locale": "zh-CN",
    "path": "help/zh-CN/basket.html",
    "otherPath": "help/en-US/basket.html",
    "name": "EC.BASKET",
    "title": "EC.BASKET · EC Review 函数帮助",
    "signature": "EC.BASKET(金额, 数量, 下单日期, 本期首日, 本期末日, 对比首日, 对比末日, [订单状态], [凑单价上限], [满减门槛], [活动首日], [活动末日], [订单编号])",
    "description": "客单构成：对比期与本期的每单件数、每单行数、件均价和客单价，客单价变化拆为每单件数与件均价两部分，以及凑单商品占变化的比例。返回带表头的表格。给出订单编号时，订单编号相同的行算作一笔订单。",
    "result": "各行指标（订单数、每单件数、每单行数、件均价、客单价、每单凑单金额、未计入订单、客单价变化的两部分、凑单占比）；各列为对比期、本期、变化。",
    "parameters": [
      {
        "name": "金额",
        "optional": false,
        "description": "每行的金额：每行的商品行金额，或每行重复、只写在首行的整单金额（此时多行订单的各行金额未知）。",
        "accepts": "一列或一行金额：数字，或导出文件中的金额文本（¥1,234.50、1.2万、88元，(1,234) 即 −1,234）。空单元格跳过。"
      },
      {
        "name": "数量",
        "optional": false,
        "description": "每行的商品件数；计入的商品行没有数量时，该订单不计入。",
        "accepts": "一列或一行数字，或单个数字。空单元格跳过。"
      },
      {
        "name": "下单日期",
        "optional": false,
        "description": "每行的下单日期（付款时间）。",
        "accepts": "一列或一行日期：Excel 日期、日期时间，或 2025-06-01、2025/6/1 10:22、2025年6月1日 这样的文本（美式 6/1/2025 不作猜测，视为无法识别）。"
      },
      {
        "name": "本期首日",
        "optional": false,
        "description": "本期的第一天。",
        "accepts": "单个日期。"
      },
      {
        "name": "本期末日",
        "optional": false,
        "description": "本期的最后一天（含当天）。",
        "accepts": "单个日期。"
      },
      {
        "name": "对比首日",
        "optional": false,
        "description": "对比期的第一天。",
        "accepts": "单个日期。"
      },
      {
        "name": "对比末日",
        "optional": false,
        "description": "对比期的最后一天（含当天）。",
        "accepts": "单个日期。"
      },
      {
        "name": "订单状态",
        "optional": true,
        "description": "每行的状态；交易关闭、已退款的商品行和订单不计入。",
        "accepts": "一列或一行订单状态，照平台导出的原文（交易成功、交易关闭、退款成功、cancelled、refunded 等）。状态为空的订单计入。"
      },
      {
        "name": "凑单价上限",
        "optional": true,
        "description": "未给出门槛时：与其他商品同单、单价低于此值的商品行算作凑单。",
        "accepts": "单个数字；12% 即 0.12。取值 0 至 1000000000000。"
      },
      {
        "name": "满减门槛",
        "optional": true,
        "description": "满减门槛（满200减30 的 200）：活动期内使订单跨过门槛的商品行算作凑单。",
        "accepts": "单个数字；12% 即 0.12。取值 0 至 1000000000000。"
      },
      {
        "name": "活动首日",
        "optional": true,
        "description": "活动的第一天（默认本期首日）。",
        "accepts": "单个日期。"
      },
      {
        "name": "活动末日",
        "optional": true,
        "description": "活动的最后一天（默认本期末日）。",
        "accepts": "单个日期。"
      },
      {
        "name": "订单编号",
        "optional": true,
        "description": "每行的订单编号：订单编号相同的行算作一笔订单（各行为其商品行）；省略时每行是一笔只有一行的订单。",
        "accepts": "一列或一行订单编号，与其他区域逐行对应。"
      }
    ],
    "example": {
      "formula": "=EC.BASKET(D2:D5001, H2:H5001, C2:C5001, \"2025-08-01\", \"2025-08-31\", \"2025-03-01\", \"2025-07-31\", E2:E5001, , 200, , , A2:A5001)",
      "result": "一张表：对比期与 8 月的每单件数、件均价和客单价，客单价变化中件数与件均价的贡献，以及凑单占比，如 37%"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "金额、数量、下单日期、订单状态、订单编号：区域超过一列（且超过一行）；请给出一列或一行。"
          },
          {
            "key": "cell.errorValue",
            "text": "函数读取的单元格中有 Excel 错误值（#N/A、#REF! 等）：请先更正该单元格。"
          },
          {
            "key": "cell.unreadableNumber",
            "text": "金额、数量、凑单价上限、满减门槛中有单元格的文本无法识别为数字。"
          },
          {
            "key": "cell.unreadableDate",
            "text": "下单日期、本期首日、本期末日、对比首日、对比末日、活动首日、活动末日中有单元格无法识别为日期。"
          },
          {
            "key": "cell.notOneCell",
            "text": "本期首日、本期末日、对比首日、对比末日、活动首日、活动末日：此处需要单个单元格，却给了区域。"
          },
          {
            "key": "cell.unreadableKey",
            "text": "订单状态、订单编号中有单元格既不是文本也不是数字（例如数据类型）。"
          },
          {
            "key": "cell.notScalar",
            "text": "凑单价上限、满减门槛：此处需要单个数字，却给了区域。"
          },
          {
            "key": "cell.lengthMismatch",
            "text": "金额、数量、下单日期、订单状态、订单编号的行数不一致：它们必须逐行对应。"
          },
          {
            "key": "cell.missingDate",
            "text": "计入的订单没有下单日期。"
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.noBasketOrders",
            "text": "本期或对比期没有各行都已知的计入订单（每行都有数量；查找凑单时每行还需有自己的金额）。"
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.outOfRange",
            "text": "凑单价上限不在 0 至 1000000000000 之间。"
          },
          {
            "key": "argument.outOfRange",
            "text": "满减门槛不在 0 至 1000000000000 之间。"
          },
          {
            "key": "argument.monthsReversed",
            "text": "结束月份早于开始月份。"
          }
        ]
      }
    ]
  },
  {
    "id": "THRESHOLD",
    "locale": "zh-CN",
    "path": "help/zh-CN/threshold.html",
    "otherPath": "help/en-US/threshold.html",
    "name": "EC.THRESHOLD",
    "title": "EC.THRESHOLD · EC Review 函数帮助",
    "signature": "EC.THRESHOLD(金额, 下单日期, 满减门槛, 减免金额, 活动首日, 活动末日, [成本], [订单状态], [订单编号])",
    "description": "满减门槛（满200减30）：活动期内外略高于门槛（高出 10% 以内）与略低于门槛（低 10% 以内）的订单占比，以及活动成本（减免金额 × 达到门槛的订单数）与这些订单的毛利。返回带表头的表格。给出订单编号时，订单编号相同的行算作一笔订单。",
    "result": "一行表头，然后是活动期内、活动期外各一行：订单数、略低、略高、各自占比、略高 ÷ 略低、达到门槛、活动成本、毛利。",
    "parameters": [
      {
        "name": "金额",
        "optional": false,
        "description": "每行的金额：每行的商品行金额，或每行重复、只写在首行的整单金额（此时多行订单的各行金额未知）。",
        "accepts": "一列或一行金额：数字，或导出文件中的金额文本（¥1,234.50、1.2万、88元，(1,234) 即 −1,234）。空单元格跳过。"
      },
      {
        "name": "下单日期",
        "optional": false,
        "description": "每行的下单日期（付款时间）。",
        "accepts": "一列或一行日期：Excel 日期、日期时间，或 2025-06-01、2025/6/1 10:22、2025年6月1日 这样的文本（美式 6/1/2025 不作猜测，视为无法识别）。"
      },
      {
        "name": "满减门槛",
        "optional": false,
        "description": "满减门槛（满200减30 的 200）。",
        "accepts": "单个数字；12% 即 0.12。取值 0.01 至 1000000000000。"
      },
      {
        "name": "减免金额",
        "optional": false,
        "description": "减免金额（满200减30 的 30），低于门槛。",
        "accepts": "单个数字；12% 即 0.12。取值 0 至 1000000000000。"
      },
      {
        "name": "活动首日",
        "optional": false,
        "description": "活动的第一天。",
        "accepts": "单个日期。"
      },
      {
        "name": "活动末日",
        "optional": false,
        "description": "活动的最后一天（含当天）。",
        "accepts": "单个日期。"
      },
      {
        "name": "成本",
        "optional": true,
        "description": "每行的成本，用于计算达到门槛的订单的毛利。",
        "accepts": "一列或一行金额：数字，或导出文件中的金额文本（¥1,234.50、1.2万、88元，(1,234) 即 −1,234）。空单元格跳过。"
      },
      {
        "name": "订单状态",
        "optional": true,
        "description": "每行的状态；交易关闭、已退款的商品行和订单不计入。",
        "accepts": "一列或一行订单状态，照平台导出的原文（交易成功、交易关闭、退款成功、cancelled、refunded 等）。状态为空的订单计入。"
      },
      {
        "name": "订单编号",
        "optional": true,
        "description": "每行的订单编号：订单编号相同的行算作一笔订单（各行为其商品行）；省略时每行是一笔只有一行的订单。",
        "accepts": "一列或一行订单编号，与其他区域逐行对应。"
      }
    ],
    "example": {
      "formula": "=EC.THRESHOLD(D2:D5001, C2:C5001, 200, 30, \"2025-08-01\", \"2025-08-31\", G2:G5001, E2:E5001, A2:A5001)",
      "result": "一张表：如 8 月 14% 的订单略高于 200、3% 略低，活动期外为 5% 和 6%；减 30 的活动成本与这些订单的毛利"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "金额、下单日期、成本、订单状态、订单编号：区域超过一列（且超过一行）；请给出一列或一行。"
          },
          {
            "key": "cell.errorValue",
            "text": "函数读取的单元格中有 Excel 错误值（#N/A、#REF! 等）：请先更正该单元格。"
          },
          {
            "key": "cell.unreadableNumber",
            "text": "金额、满减门槛、减免金额、成本中有单元格的文本无法识别为数字。"
          },
          {
            "key": "cell.unreadableDate",
            "text": "下单日期、活动首日、活动末日中有单元格无法识别为日期。"
          },
          {
            "key": "cell.notScalar",
            "text": "满减门槛、减免金额：此处需要单个数字，却给了区域或空白。"
          },
          {
            "key": "cell.notOneCell",
            "text": "活动首日、活动末日：此处需要单个单元格，却给了区域。"
          },
          {
            "key": "cell.unreadableKey",
            "text": "订单状态、订单编号中有单元格既不是文本也不是数字（例如数据类型）。"
          },
          {
            "key": "cell.lengthMismatch",
            "text": "金额、下单日期、成本、订单状态、订单编号的行数不一致：它们必须逐行对应。"
          },
          {
            "key": "cell.missingDate",
            "text": "计入的订单没有下单日期。"
          }
        ]
      },
      {
        "code": "#DIV/0!",
        "reasons": [
          {
            "key": "argument.noOrders",
            "text": "没有带金额的计入订单。"
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.outOfRange",
            "text": "满减门槛不在 0.01 至 1000000000000 之间。"
          },
          {
            "key": "argument.outOfRange",
            "text": "减免金额不在 0 至 1000000000000 之间。"
          },
          {
            "key": "argument.monthsReversed",
            "text": "结束月份早于开始月份。"
          },
          {
            "key": "argument.outOfRange",
            "text": "减免金额不低于门槛。"
          }
        ]
      }
    ]
  },
  {
    "id": "FULFILMENT",
    "locale": "zh-CN",
    "path": "help/zh-CN/fulfilment.html",
    "otherPath": "help/en-US/fulfilment.html",
    "name": "EC.FULFILMENT",
    "title": "EC.FULFILMENT · EC Review 函数帮助",
    "signature": "EC.FULFILMENT(付款时间, 发货时间, [售后状态], [退款金额], [时限], [订单编号])",
    "description": "按付款月份统计发货与售后：已付款订单数、已发货数、付款到发货小时数的中位数与第 90 百分位（PERCENTILE.INC）、超过时限（默认 48 小时）发货的占比，以及以已付款订单为分母的售后率与退款率，返回带表头的表格。给出订单编号时，订单编号相同的行算作一笔订单，以最后一行的发货时间为准。",
    "result": "月份、已付款订单、已发货、小时数中位数、第 90 百分位小时数、超时占比、售后率、退款率。",
    "parameters": [
      {
        "name": "付款时间",
        "optional": false,
        "description": "每笔订单的付款时间（没有付款时间的行不算已付款订单）。",
        "accepts": "一列或一行日期：Excel 日期、日期时间，或 2025-06-01、2025/6/1 10:22、2025年6月1日 这样的文本（美式 6/1/2025 不作猜测，视为无法识别）。"
      },
      {
        "name": "发货时间",
        "optional": false,
        "description": "每笔订单的发货时间；未发货的留空。",
        "accepts": "一列或一行日期：Excel 日期、日期时间，或 2025-06-01、2025/6/1 10:22、2025年6月1日 这样的文本（美式 6/1/2025 不作猜测，视为无法识别）。"
      },
      {
        "name": "售后状态",
        "optional": true,
        "description": "每笔订单的售后状态：空、无售后、- 为无售后；退款成功、refunded 为退款；其他文字为有售后。",
        "accepts": "一列或一行 ID：文本或数字，前后空格忽略。空单元格表示没有 ID。"
      },
      {
        "name": "退款金额",
        "optional": true,
        "description": "每笔订单的退款金额：大于 0 即为退款（全额或部分）。",
        "accepts": "一列或一行金额：数字，或导出文件中的金额文本（¥1,234.50、1.2万、88元，(1,234) 即 −1,234）。空单元格跳过。"
      },
      {
        "name": "时限",
        "optional": true,
        "description": "付款后超过这么多小时才发货即为超时（默认 48）。",
        "accepts": "单个数字；12% 即 0.12。省略时为 48。取值 0 至 8760。"
      },
      {
        "name": "订单编号",
        "optional": true,
        "description": "每行的订单编号：订单编号相同的行算作一笔订单（商品明细行、抖店子订单），以最早的付款时间和最晚的发货时间为准；订单编号为空的行各自算一笔订单。",
        "accepts": "一列或一行订单编号，与其他区域逐行对应。"
      }
    ],
    "example": {
      "formula": "=EC.FULFILMENT(C2:C5001, H2:H5001, I2:I5001, J2:J5001, 48, A2:A5001)",
      "result": "每月一行（H 列发货时间、I 列售后状态、J 列退款金额）：已付款订单、已发货、小时数中位数与 P90、超时占比、售后率、退款率，如 2025-09 · 1,204 · 1,180 · 30.5 · 71.2 · 31.0% · 4.2% · 3.1%"
    },
    "errors": [
      {
        "code": "#VALUE!",
        "reasons": [
          {
            "key": "cell.notOneColumn",
            "text": "付款时间、发货时间、售后状态、退款金额、订单编号：区域超过一列（且超过一行）；请给出一列或一行。"
          },
          {
            "key": "cell.errorValue",
            "text": "函数读取的单元格中有 Excel 错误值（#N/A、#REF! 等）：请先更正该单元格。"
          },
          {
            "key": "cell.unreadableDate",
            "text": "付款时间、发货时间中有单元格无法识别为日期。"
          },
          {
            "key": "cell.unreadableKey",
            "text": "售后状态、订单编号中有单元格既不是文本也不是数字（例如数据类型）。"
          },
          {
            "key": "cell.unreadableNumber",
            "text": "退款金额、时限中有单元格的文本无法识别为数字。"
          },
          {
            "key": "cell.notScalar",
            "text": "时限：此处需要单个数字，却给了区域。"
          },
          {
            "key": "cell.lengthMismatch",
            "text": "付款时间、发货时间、售后状态、退款金额、订单编号的行数不一致：它们必须逐行对应。"
          },
          {
            "key": "cell.shippedBeforePaid",
            "text": "发货时间早于该订单的付款时间。"
          }
        ]
      },
      {
        "code": "#NUM!",
        "reasons": [
          {
            "key": "argument.outOfRange",
            "text": "时限不在 0 至 8760 之间。"
          },
          {
            "key": "argument.outOfRange",
            "text": "{name}不在 {min} 至 {max} 之间。"
          },
          {
            "key": "argument.noPaidOrders",
            "text": "没有一行有付款时间。"
          }
        ]
      }
    ]
  }
];
