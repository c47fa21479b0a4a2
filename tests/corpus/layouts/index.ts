// Every layout of this folder, in file-name order (generated list: one import per file).
import type { CorpusLayout } from "../types";
import { layout as dongguan2022LianghuaBatch1 } from "./dongguan-2022-lianghua-batch1";
import { layout as heshan2022AboveScaleBatch1 } from "./heshan-2022-above-scale-batch1";
import { layout as huangpi2022SmartRetrofit } from "./huangpi-2022-smart-retrofit";
import { layout as jiande2023q3BigfirmAward } from "./jiande-2023q3-bigfirm-award";
import { layout as liandu2022AboveScale } from "./liandu-2022-above-scale";
import { layout as luojiang2022HitechInstalment } from "./luojiang-2022-hitech-instalment";
import { layout as minhang2024FactorySubsidyInstalment } from "./minhang-2024-factory-subsidy-instalment";
import { layout as qingpu2020CivilAviation } from "./qingpu-2020-civil-aviation";

export const layouts: CorpusLayout[] = [
  dongguan2022LianghuaBatch1,
  heshan2022AboveScaleBatch1,
  huangpi2022SmartRetrofit,
  jiande2023q3BigfirmAward,
  liandu2022AboveScale,
  luojiang2022HitechInstalment,
  minhang2024FactorySubsidyInstalment,
  qingpu2020CivilAviation,
];
