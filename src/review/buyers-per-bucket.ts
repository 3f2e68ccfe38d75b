import type { OrderTable } from "./order-table";

/** What the count reads of the order table: the buyer of each row. */
export type BuyerColumn = Pick<OrderTable, "length" | "buyer" | "buyerNames" | "hasBuyers">;

/** Rows and distinct buyers per bucket, as `distinctBuyersPerBucket` counts them. */
export interface BucketCounts {
  /** Rows (counted orders) in each bucket. */
  readonly rows: Int32Array;
  /** Distinct buyers in each bucket; a row without a buyer id is one more; rows again when the table has no buyer column. */
  readonly buyers: Int32Array;
}

/**
 * Rows and distinct buyers in each of `bucketCount` buckets, `bucketOf(row)` giving a row's bucket
 * (−1 for none): the conversion counts (buyers per channel or site and month, summed over months as
 * the traffic table's visitors are). A million orders pass through here, so there is no string or
 * set per row: rows are grouped by bucket with a counting sort, and a buyer counts in a bucket when
 * the bucket last stamped on them is another one. O(rows + buyers + buckets).
 */
export function distinctBuyersPerBucket(orders: BuyerColumn, bucketCount: number, bucketOf: (row: number) => number): BucketCounts {
  const starts = new Int32Array(bucketCount + 1);
  for (let i = 0; i < orders.length; i++) {
    const bucket = bucketOf(i);
    if (bucket >= 0) starts[bucket + 1]++;
  }
  const rowCounts = Int32Array.from({ length: bucketCount }, (_, bucket) => starts[bucket + 1]);
  for (let b = 0; b < bucketCount; b++) starts[b + 1] += starts[b];
  if (!orders.hasBuyers) return { rows: rowCounts, buyers: rowCounts.slice() };

  const rows = new Int32Array(starts[bucketCount]);
  const next = starts.slice(0, bucketCount);
  for (let i = 0; i < orders.length; i++) {
    const bucket = bucketOf(i);
    if (bucket >= 0) rows[next[bucket]++] = i;
  }
  const buyers = new Int32Array(bucketCount);
  const lastBucket = new Int32Array(orders.buyerNames.length).fill(-1);
  // A counted order without a buyer code is one more distinct value per bucket, as for a channel.
  let lastBucketWithoutBuyer = -1;
  for (let b = 0; b < bucketCount; b++) {
    for (let r = starts[b]; r < starts[b + 1]; r++) {
      const buyer = orders.buyer[rows[r]];
      const was = buyer >= 0 ? lastBucket[buyer] : lastBucketWithoutBuyer;
      if (was === b) continue;
      buyers[b]++;
      if (buyer >= 0) lastBucket[buyer] = b;
      else lastBucketWithoutBuyer = b;
    }
  }
  return { rows: rowCounts, buyers };
}
