import { describe, expect, it } from "vitest";
import type { JsMsg } from "nats";
import { ChunkPuller, type FetchingConsumer } from "./jetstream.js";

/** A consumer whose fetches deliver scripted messages: numbers are messages, `{ wait }` pauses, "fail" throws. */
function scripted(fetches: Array<Array<number | { wait: number } | "fail">>): FetchingConsumer & { opened: number } {
  const c = {
    opened: 0,
    async fetch() {
      const script = fetches[c.opened++] ?? [];
      return (async function* () {
        for (const step of script) {
          if (typeof step === "number") yield { seq: step } as unknown as JsMsg;
          else if (step === "fail") throw new Error("heartbeats missed");
          else await new Promise((r) => setTimeout(r, step.wait));
        }
      })();
    },
  };
  return c;
}
const seqs = (m: JsMsg[]) => m.map((x) => x.seq);

describe("ChunkPuller", () => {
  it("hands over what arrived when messages pause, without waiting for the fetch to fill or expire", async () => {
    const c = scripted([[1, 2, 3, { wait: 300 }, 4, 5]]);
    const p = new ChunkPuller(c, 10, 20);
    const t0 = Date.now();
    expect(seqs(await p.next())).toEqual([1, 2, 3]);
    expect(Date.now() - t0).toBeLessThan(250);
    expect(seqs(await p.next())).toEqual([4, 5]); // the same fetch goes on
    expect(c.opened).toBe(1);
    expect(await p.next()).toEqual([]); // that fetch ended: the next one (empty here) is a new fetch
    expect(c.opened).toBe(2);
  });

  it("chunks are at most max messages; the rest of the fetch goes to the next chunk", async () => {
    const c = scripted([[1, 2, 3, 4, 5], [6]]);
    const p = new ChunkPuller(c, 2, 20);
    expect(seqs(await p.next())).toEqual([1, 2]);
    expect(seqs(await p.next())).toEqual([3, 4]);
    expect(seqs(await p.next())).toEqual([5]);
    expect(seqs(await p.next())).toEqual([6]);
    expect(c.opened).toBe(2);
  });

  it("drain returns what the open fetch still delivers", async () => {
    const c = scripted([[1, { wait: 100 }, 2, 3]]);
    const p = new ChunkPuller(c, 10, 20);
    expect(seqs(await p.next())).toEqual([1]);
    expect(seqs(await p.drain())).toEqual([2, 3]);
    expect(await p.drain()).toEqual([]);
  });

  it("a fetch that breaks still hands over what it delivered; the next call fetches anew", async () => {
    const c = scripted([[1, 2, "fail"], ["fail"], [3]]);
    const p = new ChunkPuller(c, 10, 20);
    expect(seqs(await p.next())).toEqual([1, 2]);
    await expect(p.next()).rejects.toThrow("heartbeats missed");
    expect(seqs(await p.next())).toEqual([3]);
    expect(c.opened).toBe(3);
  });
});
