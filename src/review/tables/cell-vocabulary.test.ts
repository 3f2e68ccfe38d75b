import { describe, expect, it } from "vitest";
import { isChannelText, isStatusText } from "./cell-vocabulary";

describe("isStatusText", () => {
  it("knows the statuses of Chinese and English exports", () => {
    for (const status of ["交易成功", "交易关闭", "等待买家付款", "卖家已发货，等待买家确认", "已签收", "已取消", "待发货", "已完成",
      "paid", "partially_refunded", "Refunded", "wc-completed", "On hold", "Processing"]) {
      expect(isStatusText(status), status).toBe(true);
    }
  });

  it("is false for names, titles and channels", () => {
    for (const text of ["小鹿酱2019", "玻尿酸补水保湿面膜 20片装 敏感肌可用", "手淘搜索", "直通车", "web", ""]) {
      expect(isStatusText(text), text).toBe(false);
    }
  });
});

describe("isChannelText", () => {
  it("knows traffic sources of the platforms and shop analytics", () => {
    for (const channel of ["手淘搜索", "直通车", "淘宝客", "腾讯广告", "直播", "短视频", "商品卡", "直接访问", "web", "pos", "shopify_draft_order", "Instagram"]) {
      expect(isChannelText(channel), channel).toBe(true);
    }
  });

  it("is false for statuses (even 'delivered', which holds 'red'), buyers and words that merely contain a channel's letters", () => {
    for (const text of ["delivered", "交易成功", "tb8842195_2011", "deposit", "happy", "阿花爱护肤"]) {
      expect(isChannelText(text), text).toBe(false);
    }
  });
});
