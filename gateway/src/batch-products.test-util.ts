// @ts-expect-error plain ESM script shared with the benchmarks
export { batchProducts } from "../../scripts/products.mjs";
