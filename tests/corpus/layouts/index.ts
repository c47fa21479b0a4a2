// Every layout of this folder, in file-name order (generated list: one import per file).
import type { CorpusLayout } from "../types";
import { layout as cangnan2022MicroparkOperators } from "./cangnan-2022-micropark-operators";
import { layout as dachuan2024LinkageAllocation } from "./dachuan-2024-linkage-allocation";
import { layout as dongguan2022LianghuaBatch1 } from "./dongguan-2022-lianghua-batch1";
import { layout as equipmentAnnexQiqiwenku } from "./equipment-annex-qiqiwenku";
import { layout as equipmentBudgetYuanUnitPrice } from "./equipment-budget-yuan-unit-price";
import { layout as fuzhou2021AugDirectFunds } from "./fuzhou-2021-aug-direct-funds";
import { layout as heshan2022AboveScaleBatch1 } from "./heshan-2022-above-scale-batch1";
import { layout as huangpi2022SmartRetrofit } from "./huangpi-2022-smart-retrofit";
import { layout as jiande2023q3BigfirmAward } from "./jiande-2023q3-bigfirm-award";
import { layout as jiangxia2023SpecialisedSmeAward } from "./jiangxia-2023-specialised-sme-award";
import { layout as liandu2022AboveScale } from "./liandu-2022-above-scale";
import { layout as luojiang2022HitechAllocation } from "./luojiang-2022-hitech-allocation";
import { layout as luojiang2022HitechInstalment } from "./luojiang-2022-hitech-instalment";
import { layout as materialsAnnexQiqiwenku } from "./materials-annex-qiqiwenku";
import { layout as minhang2023PaymentLedger } from "./minhang-2023-payment-ledger";
import { layout as minhang2024FactorySubsidyInstalment } from "./minhang-2024-factory-subsidy-instalment";
import { layout as nanzhang2019FinalAccountsSummary } from "./nanzhang-2019-final-accounts-summary";
import { layout as projectAccountFinal360docs } from "./project-account-final-360docs";
import { layout as projectBudgetTotalFsou } from "./project-budget-total-fsou";
import { layout as qingpu2020CivilAviation } from "./qingpu-2020-civil-aviation";
import { layout as semi2016JulProjectExecution } from "./semi-2016-jul-project-execution";
import { layout as threeColumnLedgerUcaimi } from "./three-column-ledger-ucaimi";
import { layout as zhangye2023AprLinkageSpending } from "./zhangye-2023-apr-linkage-spending";
import { layout as zhashui2020GpbExpenditure } from "./zhashui-2020-gpb-expenditure";

export const layouts: CorpusLayout[] = [
  cangnan2022MicroparkOperators,
  dachuan2024LinkageAllocation,
  dongguan2022LianghuaBatch1,
  equipmentAnnexQiqiwenku,
  equipmentBudgetYuanUnitPrice,
  fuzhou2021AugDirectFunds,
  heshan2022AboveScaleBatch1,
  huangpi2022SmartRetrofit,
  jiande2023q3BigfirmAward,
  jiangxia2023SpecialisedSmeAward,
  liandu2022AboveScale,
  luojiang2022HitechAllocation,
  luojiang2022HitechInstalment,
  materialsAnnexQiqiwenku,
  minhang2023PaymentLedger,
  minhang2024FactorySubsidyInstalment,
  nanzhang2019FinalAccountsSummary,
  projectAccountFinal360docs,
  projectBudgetTotalFsou,
  qingpu2020CivilAviation,
  semi2016JulProjectExecution,
  threeColumnLedgerUcaimi,
  zhangye2023AprLinkageSpending,
  zhashui2020GpbExpenditure,
];
