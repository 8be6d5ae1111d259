import { tariffV1 } from "@openhs/proto";
import { grpc } from "@openhs/shared";
import type { ScheduleLine, SectionInfo } from "../domain/knowledge.js";

const LEVEL: Record<number, string> = {
  [tariffV1.Level.LEVEL_CHAPTER]: "chapter",
  [tariffV1.Level.LEVEL_HEADING]: "heading",
  [tariffV1.Level.LEVEL_SUBHEADING]: "subheading",
  [tariffV1.Level.LEVEL_TARIFF_LINE]: "tariff_line",
  [tariffV1.Level.LEVEL_STATISTICAL]: "statistical",
  [tariffV1.Level.LEVEL_GROUP]: "group",
};

/** Streams a whole schedule from the tariff service (parents first), once, at start. */
export async function streamSchedule(client: tariffV1.TariffServiceClient, schedule: tariffV1.Schedule): Promise<ScheduleLine[]> {
  const out: ScheduleLine[] = [];
  const stream = client.streamNomenclature({ schedule }, { deadline: Date.now() + 120_000 });
  for await (const msg of stream as AsyncIterable<tariffV1.StreamNomenclatureResponse>) {
    const c = msg.commodity;
    if (!c) continue;
    out.push({ code: c.code, description: c.description, level: LEVEL[c.level] ?? "group", indent: c.indent, declarable: c.declarable, section: c.section });
  }
  return out;
}

export async function fetchSections(client: tariffV1.TariffServiceClient): Promise<SectionInfo[]> {
  const r = await new Promise<tariffV1.ListChildrenResponse>((resolve, reject) =>
    client.listChildren({ code: "", schedule: tariffV1.Schedule.SCHEDULE_HS, asOf: "" }, (e: grpc.ServiceError | null, res: tariffV1.ListChildrenResponse) => (e ? reject(e) : resolve(res))),
  );
  return r.children.map((c) => ({ roman: c.code, title: c.description }));
}

export async function fetchDataVersion(client: tariffV1.TariffServiceClient): Promise<string> {
  const r = await new Promise<tariffV1.GetDataVersionResponse>((resolve, reject) =>
    client.getDataVersion({}, (e: grpc.ServiceError | null, res: tariffV1.GetDataVersionResponse) => (e ? reject(e) : resolve(res))),
  );
  return r.dataVersion;
}
