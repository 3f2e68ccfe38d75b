import { describe, expect, it } from "vitest";
import { channelSite } from "./channel-site";

describe("channelSite", () => {
  it("classes marketplace sources as on-site", () => {
    for (const name of ["手淘搜索", "直通车", "自然流量", "万相台", "猜你喜欢", "天猫首页", "Organic Search", "Direct", "Store search", "On-site ads"]) {
      expect(channelSite(name), name).toBe("onsite");
    }
  });

  it("classes outside sources as off-site", () => {
    for (const name of ["腾讯广告", "抖音", "小红书", "巨量引擎", "快手磁力", "淘宝客", "站外推广", "Tencent Ads", "TencentAds", "Google Ads", "Xiaohongshu (RED)",
      "RED", "Affiliates", "Email", "Facebook", "Off-site", "Reddit"]) {
      expect(channelSite(name), name).toBe("offsite");
    }
  });

  it("ignores case and surrounding space", () => {
    expect(channelSite("  DOUYIN ")).toBe("offsite");
    expect(channelSite(" organic ")).toBe("onsite");
  });

  it("leaves names it does not know unclassified rather than guessing", () => {
    for (const name of ["", "其他", "直播间", "Other", "Partners", "Shopping ads"]) expect(channelSite(name), name).toBeNull();
  });

  it("finds the short word RED only as a word, not inside Sponsored, Featured or Credit", () => {
    for (const name of ["Sponsored Products", "Featured", "Preferred partners", "Credit card promo", "Shared links"]) expect(channelSite(name), name).toBeNull();
  });
});
