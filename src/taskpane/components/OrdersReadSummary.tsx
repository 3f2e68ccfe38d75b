import { Dropdown, Field, Option, Text, makeStyles, tokens } from "@fluentui/react-components";
import { AMOUNT_SHAPES, type AmountShape } from "../../engine/orders/order-groups";
import type { OrderTable } from "../../review/order-table";
import { countText, usePaneLocale, useTranslate } from "../pane-locale";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  quiet: {
    color: tokens.colorNeutralForeground2,
  },
  dropdown: {
    minWidth: "unset",
    width: "100%",
  },
});

/** The Dropdown's value for "as recognised from the data". */
const RECOGNISED = "recognised";

export interface OrdersReadSummaryProps {
  readonly orders: OrderTable;
  /** The shape the operator set; `undefined` when the recognised one is used. */
  readonly chosenShape: AmountShape | undefined;
  readonly onChooseShape: (shape: AmountShape | undefined) => void;
}

/**
 * What the order table was read as: "2,393 orders in 5,012 lines", the orders never paid (counted
 * apart, not errors) and, when orders have several rows, how their amount was read, changeable.
 */
export function OrdersReadSummary({ orders, chosenShape, onChooseShape }: OrdersReadSummaryProps) {
  const styles = useStyles();
  const t = useTranslate();
  const locale = usePaneLocale();
  const recognised = orders.amountShapeEvidence.shape;
  const shapeText = (shape: AmountShape) => t(`amountShape.${shape}`);
  const recognisedText = recognised === null ? "" : t("pane.data.amountShape.recognised", { shape: shapeText(recognised) });
  return (
    <section className={styles.section}>
      <Text>{t("pane.data.ordersInLines", { orders: countText(locale, orders.length), lines: countText(locale, orders.lines.length) })}</Text>
      {orders.unpaidOrders > 0 && (
        <Text size={200} className={styles.quiet}>{t("pane.data.unpaid", { count: countText(locale, orders.unpaidOrders) })}</Text>
      )}
      {recognised !== null && (
        <Field label={t("pane.data.amountShape.label")} hint={t("pane.data.amountShape.hint", { orders: countText(locale, orders.amountShapeEvidence.multiRowOrders) })}>
          <Dropdown
            className={styles.dropdown}
            size="small"
            value={chosenShape === undefined ? recognisedText : shapeText(chosenShape)}
            selectedOptions={[chosenShape ?? RECOGNISED]}
            onOptionSelect={(_event, data) => onChooseShape(data.optionValue === RECOGNISED || data.optionValue === undefined ? undefined : data.optionValue as AmountShape)}
          >
            <Option value={RECOGNISED} text={recognisedText}>{recognisedText}</Option>
            {AMOUNT_SHAPES.map((shape) => (
              <Option key={shape} value={shape} text={shapeText(shape)}>{shapeText(shape)}</Option>
            ))}
          </Dropdown>
        </Field>
      )}
    </section>
  );
}
