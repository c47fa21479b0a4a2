// Every layout of this folder, in file-name order (generated list: one import per file).
import type { CorpusLayout } from "../types";
import { layout as aba2023RuralRevitalisationAssessmentIncentives } from "./aba-2023-rural-revitalisation-assessment-incentives";
import { layout as ahau2025AugBudgetPaymentProgress } from "./ahau-2025-aug-budget-payment-progress";
import { layout as aksu2021LinkageFundBatch2Allocation } from "./aksu-2021-linkage-fund-batch2-allocation";
import { layout as aksu2022LinkageFundCountyAllocation } from "./aksu-2022-linkage-fund-county-allocation";
import { layout as akto2021AnimalHusbandryThreePublicFinal } from "./akto-2021-animal-husbandry-three-public-final";
import { layout as akto2022MultiparousEweSubsidy } from "./akto-2022-multiparous-ewe-subsidy";
import { layout as aktoFinance2019ThreePublicFinalColumnsForm } from "./akto-finance-2019-three-public-final-columns-form";
import { layout as aktoTransport2019GpbExpenditureFinal } from "./akto-transport-2019-gpb-expenditure-final";
import { layout as alar2025LinkageFundRegimentsAllocation } from "./alar-2025-linkage-fund-regiments-allocation";
import { layout as alar2026LinkageMinorityWorkreliefAllocation } from "./alar-2026-linkage-minority-workrelief-allocation";
import { layout as alarTuan62021LinkageColdStoreTargets } from "./alar-tuan6-2021-linkage-cold-store-targets";
import { layout as alxa2020GeneralBudgetRevenueExpenditureOutcome } from "./alxa-2020-general-budget-revenue-expenditure-outcome";
import { layout as alxa2021MayKeyProjectsProgressBySector } from "./alxa-2021-may-key-projects-progress-by-sector";
import { layout as anhui2007LivelihoodProjectsFundingProgress } from "./anhui-2007-livelihood-projects-funding-progress";
import { layout as anhui2014FarmlandReturnConsolidationPlan } from "./anhui-2014-farmland-return-consolidation-plan";
import { layout as anhui2016AprLivelihoodProjectsDisbursement } from "./anhui-2016-apr-livelihood-projects-disbursement";
import { layout as anhui2016StaffingOfficeThreePublicBudget } from "./anhui-2016-staffing-office-three-public-budget";
import { layout as anhui2017FarmMachineryFirstProgressNotice } from "./anhui-2017-farm-machinery-first-progress-notice";
import { layout as anhui2017ManufacturingProvinceFundAwards } from "./anhui-2017-manufacturing-province-fund-awards";
import { layout as anhui2020FarmMachinerySettlementProgress } from "./anhui-2020-farm-machinery-settlement-progress";
import { layout as anhui2021SisongYifuFiscalAwardClauses } from "./anhui-2021-sisong-yifu-fiscal-award-clauses";
import { layout as anhui2022LinkageFundAdvanceByTask } from "./anhui-2022-linkage-fund-advance-by-task";
import { layout as anhui2022RealEconomyPolicyList } from "./anhui-2022-real-economy-policy-list";
import { layout as anhui2023EarlyMajorInvestmentFunds } from "./anhui-2023-early-major-investment-funds";
import { layout as anhuiAug33LivelihoodProjectsReleaseByLevel } from "./anhui-aug-33-livelihood-projects-release-by-level";
import { layout as anhuiCollege2016IncomeExpenditureFinalAccounts } from "./anhui-college-2016-income-expenditure-final-accounts";
import { layout as anqing2013IndustrialRevitalisationDisbursement } from "./anqing-2013-industrial-revitalisation-disbursement";
import { layout as antu2015FarmMachinerySubsidyProgress } from "./antu-2015-farm-machinery-subsidy-progress";
import { layout as anxi2022ProvincialWaterFundBatch7 } from "./anxi-2022-provincial-water-fund-batch7";
import { layout as anyi2022IndustrialTenMeasures } from "./anyi-2022-industrial-ten-measures";
import { layout as anyi2023ConfidenceMeasuresCatalog } from "./anyi-2023-confidence-measures-catalog";
import { layout as archives2023TargetFormSixDecimals } from "./archives-2023-target-form-six-decimals";
import { layout as artux2021ThreePublicBudgetFinal } from "./artux-2021-three-public-budget-final";
import { layout as baise2020H1BudgetExpenditureExecution } from "./baise-2020-h1-budget-expenditure-execution";
import { layout as baise2023MunicipalExpenditureFinalAccounts } from "./baise-2023-municipal-expenditure-final-accounts";
import { layout as baise2024MunicipalThreePublicBudget } from "./baise-2024-municipal-three-public-budget";
import { layout as banan2022GeneralBudgetSpendingFinalAccounts } from "./banan-2022-general-budget-spending-final-accounts";
import { layout as banan2022LinkageFundBatch1Allocation } from "./banan-2022-linkage-fund-batch1-allocation";
import { layout as banan2026AdvanceRuralRevitalisationProjectPlan } from "./banan-2026-advance-rural-revitalisation-project-plan";
import { layout as banan2026RuralRevitalisationProjectLibrary } from "./banan-2026-rural-revitalisation-project-library";
import { layout as baodi2022ManureUtilizationInvestmentTargets } from "./baodi-2022-manure-utilization-investment-targets";
import { layout as baoding2024HitechAwardPolicies } from "./baoding-2024-hitech-award-policies";
import { layout as baodingNo3School2022ThreePublicFinalAccounts } from "./baoding-no3-school-2022-three-public-final-accounts";
import { layout as baojiPortZone2019ThreePublicMeetingTrainingFinal } from "./baoji-port-zone-2019-three-public-meeting-training-final";
import { layout as baoshan2020NationalIncubatorSpaceAwards } from "./baoshan-2020-national-incubator-space-awards";
import { layout as baoshanAboveScaleUpgradeAward } from "./baoshan-above-scale-upgrade-award";
import { layout as baoshanOrphanChildLivingAllowanceByCounty } from "./baoshan-orphan-child-living-allowance-by-county";
import { layout as baoshanSh2020CruiseEconomyProjectGuide } from "./baoshan-sh-2020-cruise-economy-project-guide";
import { layout as baotingTropicalFruitVegBase2023Selfeval } from "./baoting-tropical-fruit-veg-base-2023-selfeval";
import { layout as baotou2022DebtLimitAndBalance } from "./baotou-2022-debt-limit-and-balance";
import { layout as baotou2022TechInnovationGuidanceAwards } from "./baotou-2022-tech-innovation-guidance-awards";
import { layout as baotou2024GreenFactoryAwardPolicyAndList } from "./baotou-2024-green-factory-award-policy-and-list";
import { layout as baoying2022OneMatterProjects } from "./baoying-2022-one-matter-projects";
import { layout as batang2021ProjectPerformanceTargets } from "./batang-2021-project-performance-targets";
import { layout as bayannur2022AuditBureauThreePublicFinalAccounts } from "./bayannur-2022-audit-bureau-three-public-final-accounts";
import { layout as bayannur2023CleanHeatingTargets } from "./bayannur-2023-clean-heating-targets";
import { layout as bayannurGanqimaoduResources2024ProjectSelfeval } from "./bayannur-ganqimaodu-resources-2024-project-selfeval";
import { layout as bayannurShuanghe2018YishiyiyiAwardProjects } from "./bayannur-shuanghe-2018-yishiyiyi-award-projects";
import { layout as bazhong2019ProvincialPovertyFundAllocation } from "./bazhong-2019-provincial-poverty-fund-allocation";
import { layout as beiguan2018PovertyFundAllocation } from "./beiguan-2018-poverty-fund-allocation";
import { layout as beihai2023StreetLightingGeneralBudgetFinalAccounts } from "./beihai-2023-street-lighting-general-budget-final-accounts";
import { layout as beijing2008LocalFiscalRevenueExpenditurePlan } from "./beijing-2008-local-fiscal-revenue-expenditure-plan";
import { layout as beijing2011IndustrialGrowthEnterpriseAwards } from "./beijing-2011-industrial-growth-enterprise-awards";
import { layout as beijing2012MunicipalThreePublicBudget } from "./beijing-2012-municipal-three-public-budget";
import { layout as beijing201388DepartmentsThreePublicBudget } from "./beijing-2013-88-departments-three-public-budget";
import { layout as beijing2015DepartmentsThreePublicBudgetExtremes } from "./beijing-2015-departments-three-public-budget-extremes";
import { layout as beijing2015DepartmentsThreePublicFinalVsBudget } from "./beijing-2015-departments-three-public-final-vs-budget";
import { layout as beijing2015MunicipalThreePublicFinalAccounts } from "./beijing-2015-municipal-three-public-final-accounts";
import { layout as beijing2017EducationPerStudentSpending } from "./beijing-2017-education-per-student-spending";
import { layout as beijing2018RelocationEducationMedicalInvestment } from "./beijing-2018-relocation-education-medical-investment";
import { layout as beijing2020H1GpbSpendingProgress } from "./beijing-2020-h1-gpb-spending-progress";
import { layout as beijing2021H1FourBudgetsExecution } from "./beijing-2021-h1-four-budgets-execution";
import { layout as beijing2022FrontierTechConversionFirstYearSupportList } from "./beijing-2022-frontier-tech-conversion-first-year-support-list";
import { layout as beijing2022NevCentralSubsidyReview } from "./beijing-2022-nev-central-subsidy-review";
import { layout as beijing2023ConsumptionSeasonSupport } from "./beijing-2023-consumption-season-support";
import { layout as beijing2023HjjFundGuideIcTapeoutAwards } from "./beijing-2023-hjj-fund-guide-ic-tapeout-awards";
import { layout as beijing2023Q1StableOperationAwardTiers } from "./beijing-2023-q1-stable-operation-award-tiers";
import { layout as beijing2024Q1SrdiSmeRecognitionList } from "./beijing-2024-q1-srdi-sme-recognition-list";
import { layout as beijing2025CityLevelGeneralBudgetSpendingExecution } from "./beijing-2025-city-level-general-budget-spending-execution";
import { layout as beijingChaoyang2014GeneralBudgetRevenueExecution } from "./beijing-chaoyang-2014-general-budget-revenue-execution";
import { layout as beijingChaoyang2020H1GeneralBudgetSpendingProgress } from "./beijing-chaoyang-2020-h1-general-budget-spending-progress";
import { layout as beijingChaoyangFinanceBureau2022ThreePublicFinalAccounts } from "./beijing-chaoyang-finance-bureau-2022-three-public-final-accounts";
import { layout as beijingChaoyangUrbanManagement2022GpbExpenditureFinalAccounts } from "./beijing-chaoyang-urban-management-2022-gpb-expenditure-final-accounts";
import { layout as beijingCivilAffairs2010ThreePublicFinalAccounts } from "./beijing-civil-affairs-2010-three-public-final-accounts";
import { layout as beijingCultureBureau2010ThreePublicAccounts } from "./beijing-culture-bureau-2010-three-public-accounts";
import { layout as beijingCultureTourismCentre2023ProjectSelfeval } from "./beijing-culture-tourism-centre-2023-project-selfeval";
import { layout as beijingEtdzFinanceAudit2020ThreePublicFinalAccounts } from "./beijing-etdz-finance-audit-2020-three-public-final-accounts";
import { layout as beijingFangshanSpecializedSmeAwardMeasures } from "./beijing-fangshan-specialized-sme-award-measures";
import { layout as beijingFengtaiWulidian2024ThreePublicFinalAccounts } from "./beijing-fengtai-wulidian-2024-three-public-final-accounts";
import { layout as beijingFengtaiXiluoyuan2024ThreePublicFinalAccounts } from "./beijing-fengtai-xiluoyuan-2024-three-public-final-accounts";
import { layout as beijingFinanceBureau2020GpbExpenditureFinalAccounts } from "./beijing-finance-bureau-2020-gpb-expenditure-final-accounts";
import { layout as beijingHeritageBureau2021GpbExpenditureFinalAccounts } from "./beijing-heritage-bureau-2021-gpb-expenditure-final-accounts";
import { layout as beijingJgswj2020ThreePublicAndProjectSelfeval } from "./beijing-jgswj-2020-three-public-and-project-selfeval";
import { layout as beijingJxj2020SmePlatformProjectSelfeval } from "./beijing-jxj-2020-sme-platform-project-selfeval";
import { layout as beijingPolice2022ThreePublicAndProjectSelfeval } from "./beijing-police-2022-three-public-and-project-selfeval";
import { layout as beijingResearchOffice2020ThreePublicFinalAccounts } from "./beijing-research-office-2020-three-public-final-accounts";
import { layout as beijingStatsBureau2021BasicExpenditureFinalAccounts } from "./beijing-stats-bureau-2021-basic-expenditure-final-accounts";
import { layout as beijingTongzhou2022MayDirectFundsExecution } from "./beijing-tongzhou-2022-may-direct-funds-execution";
import { layout as beijingTongzhou2023GreenBuildingAwardApplicationList } from "./beijing-tongzhou-2023-green-building-award-application-list";
import { layout as beijingTongzhouBeiyuan2024ThreePublicFinalAccounts } from "./beijing-tongzhou-beiyuan-2024-three-public-final-accounts";
import { layout as beijingTongzhouGreeningCentre2023ExpenditureFinalAccounts } from "./beijing-tongzhou-greening-centre-2023-expenditure-final-accounts";
import { layout as beijingTongzhouLuyi2023EnvironmentProjectSelfeval } from "./beijing-tongzhou-luyi-2023-environment-project-selfeval";
import { layout as beijingTongzhouYangzhuang2023CommunityProjectSelfeval } from "./beijing-tongzhou-yangzhuang-2023-community-project-selfeval";
import { layout as beijingTongzhouYuqiao2023ThreePublicFinalAccounts } from "./beijing-tongzhou-yuqiao-2023-three-public-final-accounts";
import { layout as beijingTourismCommission2015ThreePublicFinalVsBudget } from "./beijing-tourism-commission-2015-three-public-final-vs-budget";
import { layout as beijingZdb2020ThreePublicFinalAccounts } from "./beijing-zdb-2020-three-public-final-accounts";
import { layout as beijingZgc2020Batch1PolicySupportItems } from "./beijing-zgc-2020-batch1-policy-support-items";
import { layout as beijingZhigong2023ThreePublicFinalAccounts } from "./beijing-zhigong-2023-three-public-final-accounts";
import { layout as beita2023LinkageProjectTargets } from "./beita-2023-linkage-project-targets";
import { layout as bengbu2022ModernAgricultureSupportPolicies } from "./bengbu-2022-modern-agriculture-support-policies";
import { layout as benxiCounty2022WaterBureauExpenditureFinalAccounts } from "./benxi-county-2022-water-bureau-expenditure-final-accounts";
import { layout as benxiGuanyinge2023IncomeFinalAccounts } from "./benxi-guanyinge-2023-income-final-accounts";
import { layout as bingtuan2017H1AidFundsInPlace } from "./bingtuan-2017-h1-aid-funds-in-place";
import { layout as bingtuan2017WaterDevelopmentFundAllocation } from "./bingtuan-2017-water-development-fund-allocation";
import { layout as binhai2023PrivateEconomyMeasuresAwards } from "./binhai-2023-private-economy-measures-awards";
import { layout as binhai2025BudgetExecutionByBudget } from "./binhai-2025-budget-execution-by-budget";
import { layout as binhaiHitech2022TechFirmLadderPolicy } from "./binhai-hitech-2022-tech-firm-ladder-policy";
import { layout as binhaiTj2024GeneralBudgetFinalAccounts } from "./binhai-tj-2024-general-budget-final-accounts";
import { layout as binjiang2021PolicyCompendium } from "./binjiang-2021-policy-compendium";
import { layout as bishan2022DistrictRevenueFinalAccounts } from "./bishan-2022-district-revenue-final-accounts";
import { layout as bishan2023DistrictTaxRevenueFinalAccounts } from "./bishan-2023-district-tax-revenue-final-accounts";
import { layout as bishan2023GeneralBudgetExecutionByLevel } from "./bishan-2023-general-budget-execution-by-level";
import { layout as bishan2023InvestmentSupportCapsAndAwards } from "./bishan-2023-investment-support-caps-and-awards";
import { layout as boaoLecheng2023Lc070701ProjectSelfeval } from "./boao-lecheng-2023-lc070701-project-selfeval";
import { layout as boli2024LotteryFundSchoolFireSafety } from "./boli-2024-lottery-fund-school-fire-safety";
import { layout as boluo2021DemoFamilyFarmSupport } from "./boluo-2021-demo-family-farm-support";
import { layout as caidian2020HitechCultivationSubsidy } from "./caidian-2020-hitech-cultivation-subsidy";
import { layout as cangnan2022MicroparkOperators } from "./cangnan-2022-micropark-operators";
import { layout as cangzhou2023FarmlandBatch2ProjectList } from "./cangzhou-2023-farmland-batch2-project-list";
import { layout as centralSovietAreas2014LotteryFundAllocation } from "./central-soviet-areas-2014-lottery-fund-allocation";
import { layout as changan2023GeneralBudgetExpenditureExecution } from "./changan-2023-general-budget-expenditure-execution";
import { layout as changbaishan2023LinkageAdvanceAllocation } from "./changbaishan-2023-linkage-advance-allocation";
import { layout as changchun2023MunicipalSpecialisedSmeList } from "./changchun-2023-municipal-specialised-sme-list";
import { layout as changchunChaoyang2023OneOffHiringSubsidyBatch1 } from "./changchun-chaoyang-2023-one-off-hiring-subsidy-batch1";
import { layout as changchunSasac2016Q3SoeProjectInvestmentProgress } from "./changchun-sasac-2016-q3-soe-project-investment-progress";
import { layout as changchunXinqu2017NewAboveScaleFirmAwards } from "./changchun-xinqu-2017-new-above-scale-firm-awards";
import { layout as changchunXinqu2025TechInnovationMeasures } from "./changchun-xinqu-2025-tech-innovation-measures";
import { layout as changdeTechBureauInnovationFundDisclosure } from "./changde-tech-bureau-innovation-fund-disclosure";
import { layout as changdu2010WholeTownshipPovertyProjectsBatch1 } from "./changdu-2010-whole-township-poverty-projects-batch1";
import { layout as changdu2024InvestmentAwardFundCityCountyShares } from "./changdu-2024-investment-award-fund-city-county-shares";
import { layout as changduFinanceBureau2023GpbExpenditureFinalAccounts } from "./changdu-finance-bureau-2023-gpb-expenditure-final-accounts";
import { layout as changduLocalBeefMuttonConsumptionSubsidyAllocation } from "./changdu-local-beef-mutton-consumption-subsidy-allocation";
import { layout as changduPeoplesHospital2022TargetedProjectBudget } from "./changdu-peoples-hospital-2022-targeted-project-budget";
import { layout as changduReligionBureau2022Q3BudgetExecution } from "./changdu-religion-bureau-2022-q3-budget-execution";
import { layout as changfeng2018AdvancedManufacturingSupportPolicies } from "./changfeng-2018-advanced-manufacturing-support-policies";
import { layout as changfeng2022AdvancedManufacturingPolicy } from "./changfeng-2022-advanced-manufacturing-policy";
import { layout as changgang2022GpbExpenditureFinalAccounts } from "./changgang-2022-gpb-expenditure-final-accounts";
import { layout as changji2022FiscalRevenueExecution } from "./changji-2022-fiscal-revenue-execution";
import { layout as changji2023FarmlandProtectionSubsidyPayout } from "./changji-2023-farmland-protection-subsidy-payout";
import { layout as changjiHitech2023InvestmentPolicyPremises } from "./changji-hitech-2023-investment-policy-premises";
import { layout as changjiManasWaterSavingIrrigationDemoInvestment } from "./changji-manas-water-saving-irrigation-demo-investment";
import { layout as changle2017ThreePublicDistrictFinal } from "./changle-2017-three-public-district-final";
import { layout as changle2020OutputGrowthAwards } from "./changle-2020-output-growth-awards";
import { layout as changning2013OneMatterProjectsInvestmentBySource } from "./changning-2013-one-matter-projects-investment-by-source";
import { layout as changning2015CountyThreePublicFinal } from "./changning-2015-county-three-public-final";
import { layout as changning2023GeneralRevenueFinalAccounts } from "./changning-2023-general-revenue-final-accounts";
import { layout as changning2024GeneralSpendingFinalAccount } from "./changning-2024-general-spending-final-account";
import { layout as changsha2017SupplyChainFundRegionalTargets } from "./changsha-2017-supply-chain-fund-regional-targets";
import { layout as changsha2020PublicWorksCentreThreePublicFinalAccounts } from "./changsha-2020-public-works-centre-three-public-final-accounts";
import { layout as changsha2023CztzIntegrationFundProjects } from "./changsha-2023-cztz-integration-fund-projects";
import { layout as changshaCountyDrc2022ProjectSelfeval } from "./changsha-county-drc-2022-project-selfeval";
import { layout as changshouFengcheng2022ThreePublicBudget } from "./changshou-fengcheng-2022-three-public-budget";
import { layout as changshun2020GeneralBudgetExecution } from "./changshun-2020-general-budget-execution";
import { layout as changzhi2023CleanHeatingAirFundAllocation } from "./changzhi-2023-clean-heating-air-fund-allocation";
import { layout as changzhou2005VillageConstructionSubsidyPlan } from "./changzhou-2005-village-construction-subsidy-plan";
import { layout as changzhou2008MaoshanIndustrialZoneRoadSubsidy } from "./changzhou-2008-maoshan-industrial-zone-road-subsidy";
import { layout as changzhou2018EcologyCentralInvestmentProjects } from "./changzhou-2018-ecology-central-investment-projects";
import { layout as chaohu2018NewGrowthDriversPolicies } from "./chaohu-2018-new-growth-drivers-policies";
import { layout as chaoyang2021GeneralBudgetDisposableResources } from "./chaoyang-2021-general-budget-disposable-resources";
import { layout as chaozhou2020AboveScaleEntryAward } from "./chaozhou-2020-above-scale-entry-award";
import { layout as chayouhouqi2023IntegratedFundsSourcesAdjusted } from "./chayouhouqi-2023-integrated-funds-sources-adjusted";
import { layout as chayuShenzhenAidXiaokangVillagePlan } from "./chayu-shenzhen-aid-xiaokang-village-plan";
import { layout as chencang2020ProvincialWaterFundTargetForm } from "./chencang-2020-provincial-water-fund-target-form";
import { layout as chencang2022CultivatedLandSubsidyPayment } from "./chencang-2022-cultivated-land-subsidy-payment";
import { layout as chengdu2016Q1ProjectStartCompletionAwards } from "./chengdu-2016-q1-project-start-completion-awards";
import { layout as chengdu2024NewEconomyMarketExpansionNominees } from "./chengdu-2024-new-economy-market-expansion-nominees";
import { layout as chengdu2024ScaleUpIndustrialFirmAwards } from "./chengdu-2024-scale-up-industrial-firm-awards";
import { layout as chengduHitech2020TieredCultivationBatch2Recognition } from "./chengdu-hitech-2020-tiered-cultivation-batch2-recognition";
import { layout as chengduXindu2015NewAboveScaleAwardApplicationSummary } from "./chengdu-xindu-2015-new-above-scale-award-application-summary";
import { layout as chenggong2022InvestmentMeasuresAndAwards } from "./chenggong-2022-investment-measures-and-awards";
import { layout as chengkou2022BudgetReviewCentreIncomeFinalAccounts } from "./chengkou-2022-budget-review-centre-income-final-accounts";
import { layout as chengmai2023FirstAboveScaleAward } from "./chengmai-2023-first-above-scale-award";
import { layout as chengxiang2024WholeVillageFundPayment } from "./chengxiang-2024-whole-village-fund-payment";
import { layout as chizhou2022SelfevalTownship } from "./chizhou-2022-selfeval-township";
import { layout as chongqing2018PrivateEconomyFundBatch1AcceptanceList } from "./chongqing-2018-private-economy-fund-batch1-acceptance-list";
import { layout as chongqing2019SpecialisedSmeRecognitionList } from "./chongqing-2019-specialised-sme-recognition-list";
import { layout as chongqing2020AgriSustainabilityManurePigFarmAllocation } from "./chongqing-2020-agri-sustainability-manure-pig-farm-allocation";
import { layout as chongqing2020NevMunicipalSubsidyProjectList } from "./chongqing-2020-nev-municipal-subsidy-project-list";
import { layout as chongqing2020PigFarmCentralInvestment } from "./chongqing-2020-pig-farm-central-investment";
import { layout as chongqing2022KeySpecialFundsBatch2Projects } from "./chongqing-2022-key-special-funds-batch2-projects";
import { layout as chongqing2022TechRenovationReinvestmentMeasures } from "./chongqing-2022-tech-renovation-reinvestment-measures";
import { layout as chongqing2022UnconventionalGasSubsidySettlement } from "./chongqing-2022-unconventional-gas-subsidy-settlement";
import { layout as chongqing2024EnterpriseQualityMeasures } from "./chongqing-2024-enterprise-quality-measures";
import { layout as chongqing2024MunicipalThreePublicBudget } from "./chongqing-2024-municipal-three-public-budget";
import { layout as chongqingYuzhong2017ThreePublicBudgetSummary } from "./chongqing-yuzhong-2017-three-public-budget-summary";
import { layout as chongqingYuzhong2017ThreePublicFinalAccountsExplained } from "./chongqing-yuzhong-2017-three-public-final-accounts-explained";
import { layout as chuxiong2022H1GeneralBudgetExecution } from "./chuxiong-2022-h1-general-budget-execution";
import { layout as chuxiong2022PrefectureLinkageFundPlan } from "./chuxiong-2022-prefecture-linkage-fund-plan";
import { layout as chuxiong2023EconomicConstructionFundsIssued } from "./chuxiong-2023-economic-construction-funds-issued";
import { layout as chuxiongAgriTestingCentre2019ProjectSelfeval } from "./chuxiong-agri-testing-centre-2019-project-selfeval";
import { layout as chuxiongCity2024LinkageFundBatch1ProjectList } from "./chuxiong-city-2024-linkage-fund-batch1-project-list";
import { layout as chuxiongNpcOffice2023ProjectSelfeval } from "./chuxiong-npc-office-2023-project-selfeval";
import { layout as chuxiongRuralEconomyStation2021ProjectSelfeval } from "./chuxiong-rural-economy-station-2021-project-selfeval";
import { layout as chuxiongTcmHospital2023ProjectSelfeval } from "./chuxiong-tcm-hospital-2023-project-selfeval";
import { layout as chuzhou2020ForestTownVillageAwardsAllocation } from "./chuzhou-2020-forest-town-village-awards-allocation";
import { layout as chuzhouEtdz2023ProvincialManufacturingAwards } from "./chuzhou-etdz-2023-provincial-manufacturing-awards";
import { layout as cili2024GrainAwardDoubleRiceList } from "./cili-2024-grain-award-double-rice-list";
import { layout as cixi2023InfantCareProjectTargets } from "./cixi-2023-infant-care-project-targets";
import { layout as cixi2025DigitalEconomyAwards } from "./cixi-2025-digital-economy-awards";
import { layout as conghua2023CoopDemoKeySupportList } from "./conghua-2023-coop-demo-key-support-list";
import { layout as county2024MayRevenueTwoBreakdowns } from "./county-2024-may-revenue-two-breakdowns";
import { layout as dachuan2024LinkageAllocation } from "./dachuan-2024-linkage-allocation";
import { layout as dadukou2024PartyBuildingSelfeval } from "./dadukou-2024-party-building-selfeval";
import { layout as dadukouCityManagement2020AppropriationSummaryFinalAccounts } from "./dadukou-city-management-2020-appropriation-summary-final-accounts";
import { layout as daguanTianxing2021HealthCentreIncomeExpenditureAccounts } from "./daguan-tianxing-2021-health-centre-income-expenditure-accounts";
import { layout as dajing2022GpbExpenditureFinalAccounts } from "./dajing-2022-gpb-expenditure-final-accounts";
import { layout as dalate2022BudgetAdjustment } from "./dalate-2022-budget-adjustment";
import { layout as dalian2015FirstSetInsuranceSubsidy } from "./dalian-2015-first-set-insurance-subsidy";
import { layout as dalian2023TechFirmSupportPoliciesAwards } from "./dalian-2023-tech-firm-support-policies-awards";
import { layout as dalian2024HydrogenVehicleSubsidyList } from "./dalian-2024-hydrogen-vehicle-subsidy-list";
import { layout as dalian2024TechInnovationPlatformMeasures } from "./dalian-2024-tech-innovation-platform-measures";
import { layout as dalianHitech2023SpecialisedFirstRecognitionAwards } from "./dalian-hitech-2023-specialised-first-recognition-awards";
import { layout as dalianHitech2025DigitalEconomyFundRecommendedList } from "./dalian-hitech-2025-digital-economy-fund-recommended-list";
import { layout as dalianPolytechnicUniv2021IncomeFinalBySource } from "./dalian-polytechnic-univ-2021-income-final-by-source";
import { layout as damaoLotteryFundOldRevolutionaryVillageProjects } from "./damao-lottery-fund-old-revolutionary-village-projects";
import { layout as danzhou2013AugKeyProjectsProgressByStage } from "./danzhou-2013-aug-key-projects-progress-by-stage";
import { layout as danzhou2023FinanceBureauGpbExpenditure } from "./danzhou-2023-finance-bureau-gpb-expenditure";
import { layout as daqing2015BackboneIndustryGrowthAwards } from "./daqing-2015-backbone-industry-growth-awards";
import { layout as daqing2024ProjectTargetApplication } from "./daqing-2024-project-target-application";
import { layout as daqingDatong2023LinkageProjectPlan } from "./daqing-datong-2023-linkage-project-plan";
import { layout as dawukou2023DebtLimitAdjustment } from "./dawukou-2023-debt-limit-adjustment";
import { layout as dayao2024AprBudgetExecution } from "./dayao-2024-apr-budget-execution";
import { layout as dayeJinshandian2022GpbExpenditureFinalAccounts } from "./daye-jinshandian-2022-gpb-expenditure-final-accounts";
import { layout as daying2020CivilityFundTargetsAndMoney } from "./daying-2020-civility-fund-targets-and-money";
import { layout as daying2023SelfevalJudicial } from "./daying-2023-selfeval-judicial";
import { layout as daying2024FinanceBureauGpbExpenditureFinal } from "./daying-2024-finance-bureau-gpb-expenditure-final";
import { layout as daying2024RoadMaintenanceProjectSelfeval } from "./daying-2024-road-maintenance-project-selfeval";
import { layout as dazhou2020IndustryPovertyFundAllocation } from "./dazhou-2020-industry-poverty-fund-allocation";
import { layout as dazhou2021SurveyCentreThreePublicFinalAccounts } from "./dazhou-2021-survey-centre-three-public-final-accounts";
import { layout as dazhou2022ProjectReviewUnitThreePublicAccounts } from "./dazhou-2022-project-review-unit-three-public-accounts";
import { layout as dazhouProvincialTransportPovertyFundBatch2 } from "./dazhou-provincial-transport-poverty-fund-batch2";
import { layout as dazu2020DevelopmentReformCommissionOverallSelfeval } from "./dazu-2020-development-reform-commission-overall-selfeval";
import { layout as dazu2020GeneralBudgetBalanceFinalAccounts } from "./dazu-2020-general-budget-balance-final-accounts";
import { layout as dazu2023UrbanManagementGpbExpenditureBudget } from "./dazu-2023-urban-management-gpb-expenditure-budget";
import { layout as dazu2024RuralHousingBatch2Allocation } from "./dazu-2024-rural-housing-batch2-allocation";
import { layout as dean2019GeneralBudgetExpenditureFinalAccounts } from "./dean-2019-general-budget-expenditure-final-accounts";
import { layout as dehua2020CityPovertyFundBatch2Arrangement } from "./dehua-2020-city-poverty-fund-batch2-arrangement";
import { layout as dehua2025FeaturedAgriFundBatch1Allocation } from "./dehua-2025-featured-agri-fund-batch1-allocation";
import { layout as deqing2024SmartManufacturingAwards } from "./deqing-2024-smart-manufacturing-awards";
import { layout as dianjiang2021RuralHousingBatch1PlanByTown } from "./dianjiang-2021-rural-housing-batch1-plan-by-town";
import { layout as dianjiangPeixing2021GpbExpenditureByItem } from "./dianjiang-peixing-2021-gpb-expenditure-by-item";
import { layout as dingxi2020IndustrialStrongCityAwards } from "./dingxi-2020-industrial-strong-city-awards";
import { layout as dingxi2023IndustrialSupportPolicyList } from "./dingxi-2023-industrial-support-policy-list";
import { layout as diqing2023SteadyGrowthMeasuresSubsidies } from "./diqing-2023-steady-growth-measures-subsidies";
import { layout as diqingHealth2024RemoteConsultationSelfeval } from "./diqing-health-2024-remote-consultation-selfeval";
import { layout as district2013H1RevenueSpendingExecution } from "./district-2013-h1-revenue-spending-execution";
import { layout as district2022H1DirectFundsYiyuan } from "./district-2022-h1-direct-funds-yiyuan";
import { layout as division142019FarmMachinerySubsidySelfeval } from "./division14-2019-farm-machinery-subsidy-selfeval";
import { layout as dongchangfu2021GeneralBudgetRevenueExecution } from "./dongchangfu-2021-general-budget-revenue-execution";
import { layout as dongfeng2023BlackSoilSubsoilingSeedling } from "./dongfeng-2023-black-soil-subsoiling-seedling";
import { layout as dongguan2017UnderdevelopedTownsFundPool } from "./dongguan-2017-underdeveloped-towns-fund-pool";
import { layout as dongguan2019TechreformPostAwardPlan } from "./dongguan-2019-techreform-post-award-plan";
import { layout as dongguan2020EquipmentManufacturingGrant } from "./dongguan-2020-equipment-manufacturing-grant";
import { layout as dongguan2020FinanceLeaseInterestBatch4Payment } from "./dongguan-2020-finance-lease-interest-batch4-payment";
import { layout as dongguan2022LianghuaBatch1 } from "./dongguan-2022-lianghua-batch1";
import { layout as dongguan2022SingleChampionAwardPayment } from "./dongguan-2022-single-champion-award-payment";
import { layout as dongguan2022SpecialisedSmeLoanInterestPlan } from "./dongguan-2022-specialised-sme-loan-interest-plan";
import { layout as dongguan2023SingleChampionRecognitionAwards } from "./dongguan-2023-single-champion-recognition-awards";
import { layout as dongguan2025AboveScaleGrowthAwards } from "./dongguan-2025-above-scale-growth-awards";
import { layout as donghu2023GreenFactoryAward } from "./donghu-2023-green-factory-award";
import { layout as donghu2023JiebangGuashuaiRecommendations } from "./donghu-2023-jiebang-guashuai-recommendations";
import { layout as dongjing2026EconomyMeasures } from "./dongjing-2026-economy-measures";
import { layout as dongli2020GuanghuiRoadSelfeval } from "./dongli-2020-guanghui-road-selfeval";
import { layout as dongpoAudit2014ThreePublicFinal } from "./dongpo-audit-2014-three-public-final";
import { layout as dongpoHealth2015ThreePublicFinalAccounts } from "./dongpo-health-2015-three-public-final-accounts";
import { layout as dongqianhu2021GeneralBudgetExecution } from "./dongqianhu-2021-general-budget-execution";
import { layout as dongyang2023FiscalFinalAccountsSummary } from "./dongyang-2023-fiscal-final-accounts-summary";
import { layout as dongyang2025TechInnovationPolicyPayout } from "./dongyang-2025-tech-innovation-policy-payout";
import { layout as dongyingYellowBlueZoneFundBatch2Projects } from "./dongying-yellow-blue-zone-fund-batch2-projects";
import { layout as doumen2022SubdistrictThreePublicFinalAccounts } from "./doumen-2022-subdistrict-three-public-final-accounts";
import { layout as duji2021GovOfficeThreePublicFinalAccounts } from "./duji-2021-gov-office-three-public-final-accounts";
import { layout as dujiDevZone2020ThreePublicBudget } from "./duji-dev-zone-2020-three-public-budget";
import { layout as dujiOfficeAffairs2021ThreePublicFinalAccounts } from "./duji-office-affairs-2021-three-public-final-accounts";
import { layout as dujiSpecialHardshipSupportPayout } from "./duji-special-hardship-support-payout";
import { layout as duzhou2026StreetOfficeBudgetByFunction } from "./duzhou-2026-street-office-budget-by-function";
import { layout as echeng2022ThreePublicFinalAccounts } from "./echeng-2022-three-public-final-accounts";
import { layout as enshiCentralHospital2017ExpenditureFinalByFunction } from "./enshi-central-hospital-2017-expenditure-final-by-function";
import { layout as enyangHuacong2021GpbExpenditureFinalAccounts } from "./enyang-huacong-2021-gpb-expenditure-final-accounts";
import { layout as equipmentAnnexQiqiwenku } from "./equipment-annex-qiqiwenku";
import { layout as equipmentBudgetYuanUnitPrice } from "./equipment-budget-yuan-unit-price";
import { layout as eryuanXishan2023GpbIncomeExpenditureFinalAccounts } from "./eryuan-xishan-2023-gpb-income-expenditure-final-accounts";
import { layout as etuoke2023SepLinkageFundDisbursement } from "./etuoke-2023-sep-linkage-fund-disbursement";
import { layout as ewenke2024GeneralBudgetBalance } from "./ewenke-2024-general-budget-balance";
import { layout as ewenke2025GeneralBudgetExecution } from "./ewenke-2025-general-budget-execution";
import { layout as ezhou2022MunicipalBudgetFinalAccounts } from "./ezhou-2022-municipal-budget-final-accounts";
import { layout as ezhou2022ProjectPerformanceTargets } from "./ezhou-2022-project-performance-targets";
import { layout as fangchenggangHealth2016ThreePublicBudget } from "./fangchenggang-health-2016-three-public-budget";
import { layout as fangshanSx2020IntegrationFundAdjustedPlan } from "./fangshan-sx-2020-integration-fund-adjusted-plan";
import { layout as feixiCppcc2018ThreePublicBudget } from "./feixi-cppcc-2018-three-public-budget";
import { layout as fengdu2021CountyGeneralBudgetBalanceFinal } from "./fengdu-2021-county-general-budget-balance-final";
import { layout as fengdu2024ForestryBureauGovFundFinalAccounts } from "./fengdu-2024-forestry-bureau-gov-fund-final-accounts";
import { layout as fenghua2022OutsourcedProcessingBatch2Allocation } from "./fenghua-2022-outsourced-processing-batch2-allocation";
import { layout as fenghua2022SeedIndustryUpgradePrepayment } from "./fenghua-2022-seed-industry-upgrade-prepayment";
import { layout as fengjie2023YunwuProcessingParkTargets } from "./fengjie-2023-yunwu-processing-park-targets";
import { layout as fengnanDaxinzhuangHealthCentre2017ThreePublicFinal } from "./fengnan-daxinzhuang-health-centre-2017-three-public-final";
import { layout as fengqiu2018IntegratedPovertyFundsAllocation } from "./fengqiu-2018-integrated-poverty-funds-allocation";
import { layout as fengquan2022ProvincialLinkageArrangement } from "./fengquan-2022-provincial-linkage-arrangement";
import { layout as fengtaiDonggaodi2020GpbExpenditureFinalAccounts } from "./fengtai-donggaodi-2020-gpb-expenditure-final-accounts";
import { layout as fengtaiPark2022SocialAffairsCentreGpbExpenditure } from "./fengtai-park-2022-social-affairs-centre-gpb-expenditure";
import { layout as fengtaiXincun2024GovernmentProcurement } from "./fengtai-xincun-2024-government-procurement";
import { layout as fengxian2023VegetableMappingSubsidyAllocation } from "./fengxian-2023-vegetable-mapping-subsidy-allocation";
import { layout as fengxin2023CountyThreePublicBudgetChange } from "./fengxin-2023-county-three-public-budget-change";
import { layout as fengxin2024ProvincialLinkageAllocation } from "./fengxin-2024-provincial-linkage-allocation";
import { layout as fengyangRuralDilapidatedHousingSubsidyStandards } from "./fengyang-rural-dilapidated-housing-subsidy-standards";
import { layout as foshan2025InclusiveInvestmentAwardBatch2Plan } from "./foshan-2025-inclusive-investment-award-batch2-plan";
import { layout as foshan2026InclusiveManufacturingInvestmentAwardPlan } from "./foshan-2026-inclusive-manufacturing-investment-award-plan";
import { layout as fucheng2019ThreePublicBudget } from "./fucheng-2019-three-public-budget";
import { layout as fujian2010InnovativeEnterpriseProjectFundAwards } from "./fujian-2010-innovative-enterprise-project-fund-awards";
import { layout as fujian2013MayPublicExpenditureByCity } from "./fujian-2013-may-public-expenditure-by-city";
import { layout as fujian2013SmallIrrigationKeyCountyBatch5List } from "./fujian-2013-small-irrigation-key-county-batch5-list";
import { layout as fujian2015ProvincialMajorSpendingBudget } from "./fujian-2015-provincial-major-spending-budget";
import { layout as fujian2016ForestryLoanInterestAllocation } from "./fujian-2016-forestry-loan-interest-allocation";
import { layout as fujian2016ScenicAreaUpgradeAwards } from "./fujian-2016-scenic-area-upgrade-awards";
import { layout as fujian2017TaiwanCompatriotsAssociationTargets } from "./fujian-2017-taiwan-compatriots-association-targets";
import { layout as fujian2018GrainOilCountyCentralAwards } from "./fujian-2018-grain-oil-county-central-awards";
import { layout as fujian20192022RuralDemoFundRaisingPlan } from "./fujian-2019-2022-rural-demo-fund-raising-plan";
import { layout as fujian2019MarPeopleProjectsReleaseProgress } from "./fujian-2019-mar-people-projects-release-progress";
import { layout as fujian2019PovertyKeyCountiesAdvanceSubsidy } from "./fujian-2019-poverty-key-counties-advance-subsidy";
import { layout as fujian2019TechLittleGiantCultivationList } from "./fujian-2019-tech-little-giant-cultivation-list";
import { layout as fujian2020GrainOilCountyAwardList } from "./fujian-2020-grain-oil-county-award-list";
import { layout as fujian2020PeopleProjectsFundReleaseProgress } from "./fujian-2020-people-projects-fund-release-progress";
import { layout as fujian2022SpecialisedSmeBatch3Awards } from "./fujian-2022-specialised-sme-batch3-awards";
import { layout as fujian2023JunPeopleProjectsRelease } from "./fujian-2023-jun-people-projects-release";
import { layout as fujian2024LotteryPublicWelfareKeyProjects } from "./fujian-2024-lottery-public-welfare-key-projects";
import { layout as fujianCounty2023CountyCommerceProjects } from "./fujian-county-2023-county-commerce-projects";
import { layout as fujianCountyIndustryServiceSupportMeasures } from "./fujian-county-industry-service-support-measures";
import { layout as fujianPovertyCountiesIndustryAwardAllocation } from "./fujian-poverty-counties-industry-award-allocation";
import { layout as fujin2014AgriMachineryPurchaseSubsidyList } from "./fujin-2014-agri-machinery-purchase-subsidy-list";
import { layout as fujin2025RuralRevitalisationProjectLibrary } from "./fujin-2025-rural-revitalisation-project-library";
import { layout as fuliang2025ProvincialLinkageProjectAllocation } from "./fuliang-2025-provincial-linkage-project-allocation";
import { layout as fuling2023DistrictThreePublicBudget } from "./fuling-2023-district-three-public-budget";
import { layout as fulingTown2023GeneralBudgetFinalAccounts } from "./fuling-town-2023-general-budget-final-accounts";
import { layout as fulingXinmiao2021ThreePublicFinalAccounts } from "./fuling-xinmiao-2021-three-public-final-accounts";
import { layout as fuqing2017PeakPowerAward } from "./fuqing-2017-peak-power-award";
import { layout as fuqing2021RevenueExecutionFromBudgetReport } from "./fuqing-2021-revenue-execution-from-budget-report";
import { layout as fuqing2023H1BudgetExecution } from "./fuqing-2023-h1-budget-execution";
import { layout as fushun2022SmartManufacturingQualityFirmsFund } from "./fushun-2022-smart-manufacturing-quality-firms-fund";
import { layout as futian2024DistributedPvSupport } from "./futian-2024-distributed-pv-support";
import { layout as fuyang2020ProvincialTourismFundDistribution } from "./fuyang-2020-provincial-tourism-fund-distribution";
import { layout as fuyuanMohong2021SelfevalYunnan } from "./fuyuan-mohong-2021-selfeval-yunnan";
import { layout as fuzhou2017ExhibitionFundShowSubsidies } from "./fuzhou-2017-exhibition-fund-show-subsidies";
import { layout as fuzhou2019IndustrialGrowthAwards } from "./fuzhou-2019-industrial-growth-awards";
import { layout as fuzhou2019RuralRevitalisationPilotVillages } from "./fuzhou-2019-rural-revitalisation-pilot-villages";
import { layout as fuzhou2020MayWaterInvestmentProgress } from "./fuzhou-2020-may-water-investment-progress";
import { layout as fuzhou2021AugDirectFunds } from "./fuzhou-2021-aug-direct-funds";
import { layout as fuzhou2022RuralEnvironmentFunds } from "./fuzhou-2022-rural-environment-funds";
import { layout as fuzhou2022RuralRevitalisationAwardsAllocation } from "./fuzhou-2022-rural-revitalisation-awards-allocation";
import { layout as fuzhou2023RdPlatformAwards } from "./fuzhou-2023-rd-platform-awards";
import { layout as fuzhou2024DirectFundsYearEnd } from "./fuzhou-2024-direct-funds-year-end";
import { layout as fuzhou2026JasmineTeaMeasuresAwards } from "./fuzhou-2026-jasmine-tea-measures-awards";
import { layout as fuzhouJx2025HitechAwardPolicies } from "./fuzhou-jx-2025-hitech-award-policies";
import { layout as fzpolytechnic2020ThreePublicFinalAccounts } from "./fzpolytechnic-2020-three-public-final-accounts";
import { layout as gangu2023CountyFinalAccounts } from "./gangu-2023-county-final-accounts";
import { layout as gannan2024EcoCivilisationVillagesByCounty } from "./gannan-2024-eco-civilisation-villages-by-county";
import { layout as gansu2009SeedSubsidySettlementAllocation } from "./gansu-2009-seed-subsidy-settlement-allocation";
import { layout as gansu2010IndustrialStrongProvinceFirmAwards } from "./gansu-2010-industrial-strong-province-firm-awards";
import { layout as gansu2011HerderProductionSubsidyByCity } from "./gansu-2011-herder-production-subsidy-by-city";
import { layout as gansu2012ProvinceFiscalBudgetExecution } from "./gansu-2012-province-fiscal-budget-execution";
import { layout as gansu2014ProvincialSpendingFinalByFunction } from "./gansu-2014-provincial-spending-final-by-function";
import { layout as gansu2014SpecialisedSmeRecognitionList } from "./gansu-2014-specialised-sme-recognition-list";
import { layout as gansu2015Q1KeyMajorProjectsProgress } from "./gansu-2015-q1-key-major-projects-progress";
import { layout as gansu2016GrasslandGrazingBanSubsidyByCounty } from "./gansu-2016-grassland-grazing-ban-subsidy-by-county";
import { layout as gansu2020LanzhouFairInvestmentProjectAwards } from "./gansu-2020-lanzhou-fair-investment-project-awards";
import { layout as gansu2021ProvinceGeneralBudgetExecution } from "./gansu-2021-province-general-budget-execution";
import { layout as gansu2022ScienceAwardBonusStandardsAndPayments } from "./gansu-2022-science-award-bonus-standards-and-payments";
import { layout as gansu2023ProvincialGeneralBudgetResources } from "./gansu-2023-provincial-general-budget-resources";
import { layout as gansu2025H1GeneralBudgetDoubleHalf } from "./gansu-2025-h1-general-budget-double-half";
import { layout as gansuIndustrialNewProductAwardTiers } from "./gansu-industrial-new-product-award-tiers";
import { layout as gansuTransportCollege2021ThreePublicFinalAccounts } from "./gansu-transport-college-2021-three-public-final-accounts";
import { layout as ganzhou2015TourismDevelopmentAwards } from "./ganzhou-2015-tourism-development-awards";
import { layout as ganzhouCultureTourismAwardClausesAndList } from "./ganzhou-culture-tourism-award-clauses-and-list";
import { layout as ganzi2022ZhejiangPromotionTargets } from "./ganzi-2022-zhejiang-promotion-targets";
import { layout as gaobeidian2023FarmMachinerySubsidyFunds } from "./gaobeidian-2023-farm-machinery-subsidy-funds";
import { layout as gaochang2025GeneralBudgetExecution } from "./gaochang-2025-general-budget-execution";
import { layout as gaogang2018IndustryTenMeasuresAwardAllocation } from "./gaogang-2018-industry-ten-measures-award-allocation";
import { layout as gaotang2015GuaranteedLoanInterestPayout } from "./gaotang-2015-guaranteed-loan-interest-payout";
import { layout as gengma2022GovernmentServicesSelfeval } from "./gengma-2022-government-services-selfeval";
import { layout as golmud2025AidWorkshopAwards } from "./golmud-2025-aid-workshop-awards";
import { layout as gonghe2021IntegratedAgriFundsSources } from "./gonghe-2021-integrated-agri-funds-sources";
import { layout as gongliu2020PovertyBondBatch2ProjectPlan } from "./gongliu-2020-poverty-bond-batch2-project-plan";
import { layout as gongliu2021PovertyProjectPlanByCategory } from "./gongliu-2021-poverty-project-plan-by-category";
import { layout as gongqingcheng2025ApparelTalentTrainingAwards } from "./gongqingcheng-2025-apparel-talent-training-awards";
import { layout as gongshu2020GeneralBudgetSpendingByFunction } from "./gongshu-2020-general-budget-spending-by-function";
import { layout as grant2022PaymentListNpbpp } from "./grant-2022-payment-list-npbpp";
import { layout as guangan2025EconomicRecoveryMeasuresAwards } from "./guangan-2025-economic-recovery-measures-awards";
import { layout as guangde2019TwentyStrongParkAward } from "./guangde-2019-twenty-strong-park-award";
import { layout as guangdong2014ParkFundEnterpriseInnovationAllocation } from "./guangdong-2014-park-fund-enterprise-innovation-allocation";
import { layout as guangdong2015TechreformBatch4Plan } from "./guangdong-2015-techreform-batch4-plan";
import { layout as guangdong2017HitechCultivationBatch1 } from "./guangdong-2017-hitech-cultivation-batch1";
import { layout as guangdong2017IndustryCoBuildingAwardPlan } from "./guangdong-2017-industry-co-building-award-plan";
import { layout as guangdong2017VillageEnvironmentAwardTiers } from "./guangdong-2017-village-environment-award-tiers";
import { layout as guangdong2019TechreformAwardRatioAllocationTargets } from "./guangdong-2019-techreform-award-ratio-allocation-targets";
import { layout as guangdong20202021GreenwayIncentiveList } from "./guangdong-2020-2021-greenway-incentive-list";
import { layout as guangdong2021NewUniversitiesFundTargets } from "./guangdong-2021-new-universities-fund-targets";
import { layout as guangdong2022RuralDemoBeltAwards } from "./guangdong-2022-rural-demo-belt-awards";
import { layout as guangdong2023BorderCountyTransferAllocation } from "./guangdong-2023-border-county-transfer-allocation";
import { layout as guangdong2023LeadBasicResearchAllocation } from "./guangdong-2023-lead-basic-research-allocation";
import { layout as guangdong2023LinkageFundBatch2CityAllocation } from "./guangdong-2023-linkage-fund-batch2-city-allocation";
import { layout as guangdong2023ProvincialSingleChampionPublicityList } from "./guangdong-2023-provincial-single-champion-publicity-list";
import { layout as guangdong2024KeyLittleGiantAwardAdjustment } from "./guangdong-2024-key-little-giant-award-adjustment";
import { layout as guangdong2024ScienceAwardFundingPlan } from "./guangdong-2024-science-award-funding-plan";
import { layout as guangdong2024SingleChampionBatch8Award } from "./guangdong-2024-single-champion-batch8-award";
import { layout as guangdong2026BqwKeyTaskFundAreas } from "./guangdong-2026-bqw-key-task-fund-areas";
import { layout as guangdongCityDept2019AdminThreePublicBudget } from "./guangdong-city-dept-2019-admin-three-public-budget";
import { layout as guangdongCityJulyPublicBudgetExecution } from "./guangdong-city-july-public-budget-execution";
import { layout as guangdongFinanceDept2023ThreePublicFinalAccounts } from "./guangdong-finance-dept-2023-three-public-final-accounts";
import { layout as guangdongH1TreasuryQuotaComposition } from "./guangdong-h1-treasury-quota-composition";
import { layout as guangdongHealthServiceCentre2017IncomeExpenditureFinal } from "./guangdong-health-service-centre-2017-income-expenditure-final";
import { layout as guangdongSme20082009EvaluationBaseinfo } from "./guangdong-sme-2008-2009-evaluation-baseinfo";
import { layout as guangfeng2023TechInnovationAwardSelfeval } from "./guangfeng-2023-tech-innovation-award-selfeval";
import { layout as guanghe2021EastWestCooperationSpending } from "./guanghe-2021-east-west-cooperation-spending";
import { layout as guangming2020EnterpriseQualityMeasuresAwards } from "./guangming-2020-enterprise-quality-measures-awards";
import { layout as guangming2021EfficiencyContributionAward } from "./guangming-2021-efficiency-contribution-award";
import { layout as guangshui2021RuralRoadSelfeval } from "./guangshui-2021-rural-road-selfeval";
import { layout as guangxi2017CountyEconomyProgressAwards } from "./guangxi-2017-county-economy-progress-awards";
import { layout as guangxi2017ExamServiceCentreIncomeExpenditureAccounts } from "./guangxi-2017-exam-service-centre-income-expenditure-accounts";
import { layout as guangxi20182019DilapidatedHousingBatch2Tasks } from "./guangxi-2018-2019-dilapidated-housing-batch2-tasks";
import { layout as guangxi2018AnniversaryPublicProjectsFunding } from "./guangxi-2018-anniversary-public-projects-funding";
import { layout as guangxi2018SupplyCoopReformProjectsSupport } from "./guangxi-2018-supply-coop-reform-projects-support";
import { layout as guangxi2019InvestmentPromotionIncentives } from "./guangxi-2019-investment-promotion-incentives";
import { layout as guangxi2019LivelihoodProjectsFundingPlan } from "./guangxi-2019-livelihood-projects-funding-plan";
import { layout as guangxi2020RdInvestmentAwardBatch2List } from "./guangxi-2020-rd-investment-award-batch2-list";
import { layout as guangxi2021AgriProductionFundByTask } from "./guangxi-2021-agri-production-fund-by-task";
import { layout as guangxi2021H1GeneralBudgetRevenueExecution } from "./guangxi-2021-h1-general-budget-revenue-execution";
import { layout as guangxi2021IndustrialLeaderEnterprisesBatch1 } from "./guangxi-2021-industrial-leader-enterprises-batch1";
import { layout as guangxi2021InvestmentPromotionAwardAllocation } from "./guangxi-2021-investment-promotion-award-allocation";
import { layout as guangxi2021LinkageBatch4IndustryAllocation } from "./guangxi-2021-linkage-batch4-industry-allocation";
import { layout as guangxi2021Q1PeopleProjectsFundRelease } from "./guangxi-2021-q1-people-projects-fund-release";
import { layout as guangxi2021Q4IndustrialGrowthMeasures } from "./guangxi-2021-q4-industrial-growth-measures";
import { layout as guangxi2021RuralEnvironmentCentralFundAllocation } from "./guangxi-2021-rural-environment-central-fund-allocation";
import { layout as guangxi2022CountyCommerceFundTargets } from "./guangxi-2022-county-commerce-fund-targets";
import { layout as guangxi2022H1GeneralBudgetExpenditureByFunction } from "./guangxi-2022-h1-general-budget-expenditure-by-function";
import { layout as guangxi2022H1RegionBudgetRevenueSpending } from "./guangxi-2022-h1-region-budget-revenue-spending";
import { layout as guangxi2022IndustrialInvestmentAdvancedAreas } from "./guangxi-2022-industrial-investment-advanced-areas";
import { layout as guangxi2022SingleChampionAward } from "./guangxi-2022-single-champion-award";
import { layout as guangxi2022SugarcaneVarietyPostSubsidy } from "./guangxi-2022-sugarcane-variety-post-subsidy";
import { layout as guangxi2022ThousandFirmTechreformSubsidy } from "./guangxi-2022-thousand-firm-techreform-subsidy";
import { layout as guangxi2023AutumnWinterTravelAgencySubsidies } from "./guangxi-2023-autumn-winter-travel-agency-subsidies";
import { layout as guangxi2023H1BudgetExecution } from "./guangxi-2023-h1-budget-execution";
import { layout as guangxi2023NewEnergyLocalSourcingAwards } from "./guangxi-2023-new-energy-local-sourcing-awards";
import { layout as guangxi2023QianqiTechreformSupportList } from "./guangxi-2023-qianqi-techreform-support-list";
import { layout as guangxi2023SpringFestivalProductionAward } from "./guangxi-2023-spring-festival-production-award";
import { layout as guangxi2023SpringProductionAward } from "./guangxi-2023-spring-production-award";
import { layout as guangxi2024CapitalConstructionBatch1AndPreparatoryFund } from "./guangxi-2024-capital-construction-batch1-and-preparatory-fund";
import { layout as guangxi2024IndustrialRevitalizationMeasures } from "./guangxi-2024-industrial-revitalization-measures";
import { layout as guangxi2024Q1IndustrialSpeedupSubsidy } from "./guangxi-2024-q1-industrial-speedup-subsidy";
import { layout as guangxi2024RuralHousingRenovationTasksByCity } from "./guangxi-2024-rural-housing-renovation-tasks-by-city";
import { layout as guangxi2025CentralCapitalAdvanceAllocation } from "./guangxi-2025-central-capital-advance-allocation";
import { layout as guangxi2025IndustryTransportFundByField } from "./guangxi-2025-industry-transport-fund-by-field";
import { layout as guangxi2025LinkageFundAdvanceRegionalTargets } from "./guangxi-2025-linkage-fund-advance-regional-targets";
import { layout as guangxi2025Q1OpeningIndustryMeasuresAwards } from "./guangxi-2025-q1-opening-industry-measures-awards";
import { layout as guangxi2025Q4IndustryCountyAwardsAllocation } from "./guangxi-2025-q4-industry-county-awards-allocation";
import { layout as guangxiCultureTourismDept2021ThreePublicFinalAccounts } from "./guangxi-culture-tourism-dept-2021-three-public-final-accounts";
import { layout as guangxiForeignAffairs2022ProjectTargets } from "./guangxi-foreign-affairs-2022-project-targets";
import { layout as guangxiJgswj2023ThreePublicExpensesAccounts } from "./guangxi-jgswj-2023-three-public-expenses-accounts";
import { layout as guangxiParkInfrastructureRuralRevitalisationFund } from "./guangxi-park-infrastructure-rural-revitalisation-fund";
import { layout as guangxiStatisticsBureau2022ThreePublicFinalAccounts } from "./guangxi-statistics-bureau-2022-three-public-final-accounts";
import { layout as guangyuan2016StandardFactoryRentSubsidy } from "./guangyuan-2016-standard-factory-rent-subsidy";
import { layout as guangzhou2021ClusterPromotionFundPlanTargets } from "./guangzhou-2021-cluster-promotion-fund-plan-targets";
import { layout as guangzhou2025SmallMicroUpscaleAwardPlan } from "./guangzhou-2025-small-micro-upscale-award-plan";
import { layout as guangzhouBaiyun2013DistrictThreePublicFinalVsLastYear } from "./guangzhou-baiyun-2013-district-three-public-final-vs-last-year";
import { layout as guangzhouJanAprGeneralBudgetProgress } from "./guangzhou-jan-apr-general-budget-progress";
import { layout as guanshengIndustryCentre2026EpidemicPreventionProjectTargets } from "./guansheng-industry-centre-2026-epidemic-prevention-project-targets";
import { layout as guantang2023DepartmentOverallSelfeval } from "./guantang-2023-department-overall-selfeval";
import { layout as guigang2021CultureTourismFundAwards } from "./guigang-2021-culture-tourism-fund-awards";
import { layout as guilin2022SpongeCityFundSelfeval } from "./guilin-2022-sponge-city-fund-selfeval";
import { layout as guilinJustice2015ThreePublicBudget } from "./guilin-justice-2015-three-public-budget";
import { layout as guiyang2020SciTechPolicyDigestAwards } from "./guiyang-2020-sci-tech-policy-digest-awards";
import { layout as guiyangHunanRuralRoadsUpgradeSelfeval } from "./guiyang-hunan-rural-roads-upgrade-selfeval";
import { layout as guizhou2013ProvincialDepartmentsThreePublicAccounts } from "./guizhou-2013-provincial-departments-three-public-accounts";
import { layout as guizhou2018JulyNewMajorProjectsByPrefecture } from "./guizhou-2018-july-new-major-projects-by-prefecture";
import { layout as guizhou2021MajorProjectsPlanByType } from "./guizhou-2021-major-projects-plan-by-type";
import { layout as guizhou2023IndustrialLeaderAwards } from "./guizhou-2023-industrial-leader-awards";
import { layout as guizhou2023SmeSpecialtyClusterList } from "./guizhou-2023-sme-specialty-cluster-list";
import { layout as guizhou2025LivelihoodFundsByLine } from "./guizhou-2025-livelihood-funds-by-line";
import { layout as guizhou2025ProvinceGeneralBudgetExpenditureExecution } from "./guizhou-2025-province-general-budget-expenditure-execution";
import { layout as guizhouJanAugMajorProjectsInvestmentProgress } from "./guizhou-jan-aug-major-projects-investment-progress";
import { layout as guizhouLotteryFundRevolutionaryCountiesAllocation } from "./guizhou-lottery-fund-revolutionary-counties-allocation";
import { layout as guizhouServicesFundNewStatisticalFirmsAwards } from "./guizhou-services-fund-new-statistical-firms-awards";
import { layout as guizhouSrdiSmeRecognitionListWithCriteria } from "./guizhou-srdi-sme-recognition-list-with-criteria";
import { layout as guzhang2018EcommerceCentralFundPlan } from "./guzhang-2018-ecommerce-central-fund-plan";
import { layout as guzhen2023GovernmentOfficeGpbExpenditureFinalAccounts } from "./guzhen-2023-government-office-gpb-expenditure-final-accounts";
import { layout as haibei2018GrasslandSubsidyAllocation } from "./haibei-2018-grassland-subsidy-allocation";
import { layout as haicang2020LeapfrogGrowthAward } from "./haicang-2020-leapfrog-growth-award";
import { layout as haidian2016SelfevalBeijing } from "./haidian-2016-selfeval-beijing";
import { layout as haidian2024DistrictSpendingExecutionByFunction } from "./haidian-2024-district-spending-execution-by-function";
import { layout as haidianGanjiakou2012FiscalExpenditureBudget } from "./haidian-ganjiakou-2012-fiscal-expenditure-budget";
import { layout as haidong2016SocialProgrammeInvestmentByCategory } from "./haidong-2016-social-programme-investment-by-category";
import { layout as haidong2018EastWestCooperationAllocation } from "./haidong-2018-east-west-cooperation-allocation";
import { layout as haikou2014TyphoonFarmRecoverySubsidyPlan } from "./haikou-2014-typhoon-farm-recovery-subsidy-plan";
import { layout as haikou2019RubberIncomeInsurancePremiumShares } from "./haikou-2019-rubber-income-insurance-premium-shares";
import { layout as haikou2020HitechIndustryMeasuresAwards } from "./haikou-2020-hitech-industry-measures-awards";
import { layout as haikou2021SepRevenueSpending } from "./haikou-2021-sep-revenue-spending";
import { layout as haikouHitech2020FirstHteAwards } from "./haikou-hitech-2020-first-hte-awards";
import { layout as haikouHitech2022YunlongRoadNetworkSelfeval } from "./haikou-hitech-2022-yunlong-road-network-selfeval";
import { layout as haikouHitech2024BiodegradableMaterialsMeasures } from "./haikou-hitech-2024-biodegradable-materials-measures";
import { layout as haikouHitechInvestmentGuideIndustryAwards } from "./haikou-hitech-investment-guide-industry-awards";
import { layout as haikouIntermediateCourt2021ThreePublicFinalAccounts } from "./haikou-intermediate-court-2021-three-public-final-accounts";
import { layout as haimen2023ToiletRevolutionAllocation } from "./haimen-2023-toilet-revolution-allocation";
import { layout as hainan2002KeyPushProjectsPlan } from "./hainan-2002-key-push-projects-plan";
import { layout as hainan2009NewCentralInvestmentByItem } from "./hainan-2009-new-central-investment-by-item";
import { layout as hainan2012H1ProvincialSoeSupervisedProjects } from "./hainan-2012-h1-provincial-soe-supervised-projects";
import { layout as hainan2012LocalBondAllocationByUse } from "./hainan-2012-local-bond-allocation-by-use";
import { layout as hainan2013LocalBondFundUse } from "./hainan-2013-local-bond-fund-use";
import { layout as hainan2013SmeGrowthAwards } from "./hainan-2013-sme-growth-awards";
import { layout as hainan2014JanSepPublicFinanceExecution } from "./hainan-2014-jan-sep-public-finance-execution";
import { layout as hainan2015PublicBudgetRevenueSpendingByFunction } from "./hainan-2015-public-budget-revenue-spending-by-function";
import { layout as hainan2018PovertyFundPerformanceAwards } from "./hainan-2018-poverty-fund-performance-awards";
import { layout as hainan2020DemoVillageSubsidyList } from "./hainan-2020-demo-village-subsidy-list";
import { layout as hainan2020GeneralBudgetExpenditureExecution } from "./hainan-2020-general-budget-expenditure-execution";
import { layout as hainan2020MayKeyProjectsInvestmentProgress } from "./hainan-2020-may-key-projects-investment-progress";
import { layout as hainan2021CentralBudgetInvestmentReformDirections } from "./hainan-2021-central-budget-investment-reform-directions";
import { layout as hainan2021ProvincialSpecialisedSmeList } from "./hainan-2021-provincial-specialised-sme-list";
import { layout as hainan2021Q4ExhibitionProjectAwardAllocation } from "./hainan-2021-q4-exhibition-project-award-allocation";
import { layout as hainan2021RdInstitutionFiscalMeasures } from "./hainan-2021-rd-institution-fiscal-measures";
import { layout as hainan2022MajorWaterProjectsInvestmentProgress } from "./hainan-2022-major-water-projects-investment-progress";
import { layout as hainan2023FtpBatch2ProjectStartsByType } from "./hainan-2023-ftp-batch2-project-starts-by-type";
import { layout as hainan2023HighSchoolConditionsAllocation } from "./hainan-2023-high-school-conditions-allocation";
import { layout as hainan2023InvestmentTechreformMeasures } from "./hainan-2023-investment-techreform-measures";
import { layout as hainan2024CentralCapitalInvestmentProvincialUnits } from "./hainan-2024-central-capital-investment-provincial-units";
import { layout as hainan2024ScaleUpAwardStandards } from "./hainan-2024-scale-up-award-standards";
import { layout as hainan2024ScaleUpTierAwards } from "./hainan-2024-scale-up-tier-awards";
import { layout as hainan2025SciTalentRollingSupportBatch1 } from "./hainan-2025-sci-talent-rolling-support-batch1";
import { layout as hainanAudit2016ThreePublicBudget } from "./hainan-audit-2016-three-public-budget";
import { layout as hainanAudit2019ThreePublicFinalAccounts } from "./hainan-audit-2019-three-public-final-accounts";
import { layout as hainanCommerce2023SocialServiceProjectSelfeval } from "./hainan-commerce-2023-social-service-project-selfeval";
import { layout as hainanCommerceServiceTradeSelfeval } from "./hainan-commerce-service-trade-selfeval";
import { layout as hainanFic2022ThreePublicFinalAccounts } from "./hainan-fic-2022-three-public-final-accounts";
import { layout as hainanKeyProjectsInvestmentProgressByCounty } from "./hainan-key-projects-investment-progress-by-county";
import { layout as hainanNpcOffice2017DeputyServiceSelfeval } from "./hainan-npc-office-2017-deputy-service-selfeval";
import { layout as hainanResearchOffice2013MacroForecastTargets } from "./hainan-research-office-2013-macro-forecast-targets";
import { layout as hainanSeedStation2020AgriTechPromotionSelfeval } from "./hainan-seed-station-2020-agri-tech-promotion-selfeval";
import { layout as hainanTransport2022ThreePublicBudget } from "./hainan-transport-2022-three-public-budget";
import { layout as hainanTropicalAgricultureIndustryFundAllocation } from "./hainan-tropical-agriculture-industry-fund-allocation";
import { layout as haishu2017MadeInChina2025BackboneFirmAwards } from "./haishu-2017-made-in-china-2025-backbone-firm-awards";
import { layout as haixi2017EnergySavingEmissionFundByUse } from "./haixi-2017-energy-saving-emission-fund-by-use";
import { layout as haiyuan2022ApprovalBureauProjectSelfeval } from "./haiyuan-2022-approval-bureau-project-selfeval";
import { layout as haiyuanGanyanchi2023ThreePublicExpenses } from "./haiyuan-ganyanchi-2023-three-public-expenses";
import { layout as haiyuanGaoya2023HealthCentreGpbExpenditureFinalAccounts } from "./haiyuan-gaoya-2023-health-centre-gpb-expenditure-final-accounts";
import { layout as haizhu2022AgriLeadingEnterpriseAwardList } from "./haizhu-2022-agri-leading-enterprise-award-list";
import { layout as hami2025GeneralBudgetTransfersToCounties } from "./hami-2025-general-budget-transfers-to-counties";
import { layout as hangjinJirigalangtu2016GpbExpenditureFinalAccounts } from "./hangjin-jirigalangtu-2016-gpb-expenditure-final-accounts";
import { layout as hanyang2013ThreePublicFinalAccounts } from "./hanyang-2013-three-public-final-accounts";
import { layout as hanyin2021IntegratedFundsProjectPlan } from "./hanyin-2021-integrated-funds-project-plan";
import { layout as hanzhong2021IndustrialDoublingMeasures } from "./hanzhong-2021-industrial-doubling-measures";
import { layout as hanzhong2023KeyProjectsMidyearAdjustment } from "./hanzhong-2023-key-projects-midyear-adjustment";
import { layout as harbin2010sUrbanSewageNetworkSubsidyAllocation } from "./harbin-2010s-urban-sewage-network-subsidy-allocation";
import { layout as harbin2017IndustryAccelerationPolicies } from "./harbin-2017-industry-acceleration-policies";
import { layout as harbin2021KeyProjectFixedAssetSubsidy } from "./harbin-2021-key-project-fixed-asset-subsidy";
import { layout as harbin2022Q2OutputGrowthAwardList } from "./harbin-2022-q2-output-growth-award-list";
import { layout as harbin2023Q1OutputIncreaseAward } from "./harbin-2023-q1-output-increase-award";
import { layout as harbinNewarea2024IndustrialInvestmentAwards } from "./harbin-newarea-2024-industrial-investment-awards";
import { layout as hbeu2023SelfevalHubei } from "./hbeu-2023-selfeval-hubei";
import { layout as hbou2022SpecialFundsExecution } from "./hbou-2022-special-funds-execution";
import { layout as hbust2021StudentAidSelfevalResults } from "./hbust-2021-student-aid-selfeval-results";
import { layout as hebei2009CityRenewalProjectsByCity } from "./hebei-2009-city-renewal-projects-by-city";
import { layout as hebei2011JanNovBudgetExecution } from "./hebei-2011-jan-nov-budget-execution";
import { layout as hebei2013IndustrialTechRenovationFundSources } from "./hebei-2013-industrial-tech-renovation-fund-sources";
import { layout as hebei2013VillageUpgradeProvincialSubsidyByCity } from "./hebei-2013-village-upgrade-provincial-subsidy-by-city";
import { layout as hebei2014RuralDibaoAverageStandardByCity } from "./hebei-2014-rural-dibao-average-standard-by-city";
import { layout as hebei2015RuralDilapidatedHousingAllocation } from "./hebei-2015-rural-dilapidated-housing-allocation";
import { layout as hebei20162017BeijingTianjinPairedAssistanceFunds } from "./hebei-2016-2017-beijing-tianjin-paired-assistance-funds";
import { layout as hebei2016FloodDamagedRoadRebuildAllocation } from "./hebei-2016-flood-damaged-road-rebuild-allocation";
import { layout as hebei2016H1BudgetExecution } from "./hebei-2016-h1-budget-execution";
import { layout as hebei2016TechInnovationDemoFirmsPublicity } from "./hebei-2016-tech-innovation-demo-firms-publicity";
import { layout as hebei2018CentralGuidedSciTechFundEnterpriseList } from "./hebei-2018-central-guided-sci-tech-fund-enterprise-list";
import { layout as hebei2018CentralGuidedSciTechProjects } from "./hebei-2018-central-guided-sci-tech-projects";
import { layout as hebei2018CleanHeatingPilotCityBudget } from "./hebei-2018-clean-heating-pilot-city-budget";
import { layout as hebei2018FeatureIndustryCountiesTownsList } from "./hebei-2018-feature-industry-counties-towns-list";
import { layout as hebei2018StrategicEmergingIndustryBatch2Projects } from "./hebei-2018-strategic-emerging-industry-batch2-projects";
import { layout as hebei2019RuralWaterSafetyUpgradeTargets } from "./hebei-2019-rural-water-safety-upgrade-targets";
import { layout as hebei2019ThousandTechRenovationProjectsTargets } from "./hebei-2019-thousand-tech-renovation-projects-targets";
import { layout as hebei2020CleanHeatingPilotCityAllocation } from "./hebei-2020-clean-heating-pilot-city-allocation";
import { layout as hebei2021CountyClusterRevivalProjectRecommendations } from "./hebei-2021-county-cluster-revival-project-recommendations";
import { layout as hebei2022Batch1SpecialisedSmeList } from "./hebei-2022-batch1-specialised-sme-list";
import { layout as hebei2022JanJulBudgetExecution } from "./hebei-2022-jan-jul-budget-execution";
import { layout as hebei2022LinkageFundSources } from "./hebei-2022-linkage-fund-sources";
import { layout as hebei2022ProvincialEcologyKeySpendingPlan } from "./hebei-2022-provincial-ecology-key-spending-plan";
import { layout as hebei2022WaterDisasterReliefTransferSelfeval } from "./hebei-2022-water-disaster-relief-transfer-selfeval";
import { layout as hebei2023CountyClusterLeaderFirms } from "./hebei-2023-county-cluster-leader-firms";
import { layout as hebei2023GreenManufacturingProposedList } from "./hebei-2023-green-manufacturing-proposed-list";
import { layout as hebei2023H1CityFiscalRevenue } from "./hebei-2023-h1-city-fiscal-revenue";
import { layout as hebeiBeautifulVillageAwardAllocation } from "./hebei-beautiful-village-award-allocation";
import { layout as hechuan2021BudgetExecutionSummary } from "./hechuan-2021-budget-execution-summary";
import { layout as hechuanCq2019SmartRenovationSubsidyClause } from "./hechuan-cq-2019-smart-renovation-subsidy-clause";
import { layout as hefei2023DepartmentThreePublicFinalAccounts } from "./hefei-2023-department-three-public-final-accounts";
import { layout as hefei2023ListingFinancingAwards } from "./hefei-2023-listing-financing-awards";
import { layout as hefeiSecondHospital2021ThreePublicBudget } from "./hefei-second-hospital-2021-three-public-budget";
import { layout as heihe2022IndustrialRevitalisationMeasures } from "./heihe-2022-industrial-revitalisation-measures";
import { layout as heilongjiang2013DeepLooseningSubsidyPilot } from "./heilongjiang-2013-deep-loosening-subsidy-pilot";
import { layout as heilongjiang2014SuperGrainGrowerFacilitySubsidy } from "./heilongjiang-2014-super-grain-grower-facility-subsidy";
import { layout as heilongjiang2016StrawPilotFundDisbursement } from "./heilongjiang-2016-straw-pilot-fund-disbursement";
import { layout as heilongjiang2016WaterCentralInvestmentCompletion } from "./heilongjiang-2016-water-central-investment-completion";
import { layout as heilongjiang2019HundredProjectsFundArrival } from "./heilongjiang-2019-hundred-projects-fund-arrival";
import { layout as heilongjiang2020StandardsBuildingSubsidy } from "./heilongjiang-2020-standards-building-subsidy";
import { layout as heilongjiang2021H1FiscalExecution } from "./heilongjiang-2021-h1-fiscal-execution";
import { layout as heilongjiang2021IndustrialInternetMatchingSubsidy } from "./heilongjiang-2021-industrial-internet-matching-subsidy";
import { layout as heilongjiang2022DigitalEconomySupportCatalog } from "./heilongjiang-2022-digital-economy-support-catalog";
import { layout as heilongjiang2022IndustrialRevitalisationMeasures } from "./heilongjiang-2022-industrial-revitalisation-measures";
import { layout as heilongjiang2022SixteenPolicyRulesTechDigitalAwards } from "./heilongjiang-2022-sixteen-policy-rules-tech-digital-awards";
import { layout as heilongjiang2023DigitalEconomyLoanInterestSubsidy } from "./heilongjiang-2023-digital-economy-loan-interest-subsidy";
import { layout as heilongjiang2023SingleChampionAwards } from "./heilongjiang-2023-single-champion-awards";
import { layout as heilongjiang2024CapacityExpansionAwardList } from "./heilongjiang-2024-capacity-expansion-award-list";
import { layout as heilongjiang2025DigitalLongjiangRulesCatalog } from "./heilongjiang-2025-digital-longjiang-rules-catalog";
import { layout as helan2024CountyBudgetAdjustmentExpenditure } from "./helan-2024-county-budget-adjustment-expenditure";
import { layout as helanModernAgriParkCentralAwardFundUses } from "./helan-modern-agri-park-central-award-fund-uses";
import { layout as henan2010TopTenIndustrialClusterAwards } from "./henan-2010-top-ten-industrial-cluster-awards";
import { layout as henan2011IndustrialClusterAdvancedUnitsAwards } from "./henan-2011-industrial-cluster-advanced-units-awards";
import { layout as henan2013ProvincialThreePublicFinalAccounts } from "./henan-2013-provincial-three-public-final-accounts";
import { layout as henan2015ProvincialThreePublicFinalAccounts } from "./henan-2015-provincial-three-public-final-accounts";
import { layout as henan2016HighGrowthServicesGuideFundProjects } from "./henan-2016-high-growth-services-guide-fund-projects";
import { layout as henan2017FtzCbecFundAwards } from "./henan-2017-ftz-cbec-fund-awards";
import { layout as henan2017IndustrialClusterStarAwardsList } from "./henan-2017-industrial-cluster-star-awards-list";
import { layout as henan2019AgriProductionCentralInvestmentByCity } from "./henan-2019-agri-production-central-investment-by-city";
import { layout as henan2021BellwetherEnterpriseAward } from "./henan-2021-bellwether-enterprise-award";
import { layout as henan2021CentralSmeFundAllocationByDirection } from "./henan-2021-central-sme-fund-allocation-by-direction";
import { layout as henan2022Q2FullCapacityProductionAwards } from "./henan-2022-q2-full-capacity-production-awards";
import { layout as henan2023AdvancedManufacturingClustersProposedList } from "./henan-2023-advanced-manufacturing-clusters-proposed-list";
import { layout as henan2023GreenTechDemoCultivationList } from "./henan-2023-green-tech-demo-cultivation-list";
import { layout as henan2023IndustrialChainUpgradeMeasures } from "./henan-2023-industrial-chain-upgrade-measures";
import { layout as henan2023LinkageFundCountyBonusAward } from "./henan-2023-linkage-fund-county-bonus-award";
import { layout as henan2023LittleGiantBatch5RecommendationList } from "./henan-2023-little-giant-batch5-recommendation-list";
import { layout as henan2023ZeroCarbonCupGreenTechWinners } from "./henan-2023-zero-carbon-cup-green-tech-winners";
import { layout as henan2024PigCountyProvincialPooledAward } from "./henan-2024-pig-county-provincial-pooled-award";
import { layout as henan2025CostReductionRndMeasuresAwards } from "./henan-2025-cost-reduction-rnd-measures-awards";
import { layout as henan2025EnterpriseInnovationMeasures } from "./henan-2025-enterprise-innovation-measures";
import { layout as henanXinxiang2022Q1FullCapacityAwardList } from "./henan-xinxiang-2022-q1-full-capacity-award-list";
import { layout as hengdongMchCentre2017GpbExpenditureFinal } from "./hengdong-mch-centre-2017-gpb-expenditure-final";
import { layout as hengshan2020CountyGrainReserveSelfeval } from "./hengshan-2020-county-grain-reserve-selfeval";
import { layout as hengshui2026TechUpgradeSupportMeasures } from "./hengshui-2026-tech-upgrade-support-measures";
import { layout as hengshuiArchives2017ThreePublicBudget } from "./hengshui-archives-2017-three-public-budget";
import { layout as hengyang2021EnterpriseAwardReformGoals } from "./hengyang-2021-enterprise-award-reform-goals";
import { layout as hengyang2024ManufacturingSupportAwards } from "./hengyang-2024-manufacturing-support-awards";
import { layout as hengyang2025VegetableClusterCentralFunds } from "./hengyang-2025-vegetable-cluster-central-funds";
import { layout as hengyangxian2021IndustryAwardMeasures } from "./hengyangxian-2021-industry-award-measures";
import { layout as hepingTj2024GeneralBudgetExecution } from "./heping-tj-2024-general-budget-execution";
import { layout as heshan2022AboveScaleBatch1 } from "./heshan-2022-above-scale-batch1";
import { layout as heshan2024LinkageFundDistrictPlan } from "./heshan-2024-linkage-fund-district-plan";
import { layout as hetang2023LinkageFundMunicipalAllocation } from "./hetang-2023-linkage-fund-municipal-allocation";
import { layout as hnfiCollege2016ExpenditureFinalAccounts } from "./hnfi-college-2016-expenditure-final-accounts";
import { layout as hohhot2024NewOutputValueAwards } from "./hohhot-2024-new-output-value-awards";
import { layout as honghe2024DataCentreProjectExecution } from "./honghe-2024-data-centre-project-execution";
import { layout as hongheCounty2018ThreePublicFinalAccounts } from "./honghe-county-2018-three-public-final-accounts";
import { layout as hongjiang2024GovernmentOfficeThreePublicFinalAccounts } from "./hongjiang-2024-government-office-three-public-final-accounts";
import { layout as hongmei2018DoublingPlanAward } from "./hongmei-2018-doubling-plan-award";
import { layout as hongqiaoTjCourt2017ThreePublicFinalAccounts } from "./hongqiao-tj-court-2017-three-public-final-accounts";
import { layout as hongsibu2024ForestryDemoBaseSubsidy } from "./hongsibu-2024-forestry-demo-base-subsidy";
import { layout as hongya2021RuralRevitalisationExpenditureFinalAccounts } from "./hongya-2021-rural-revitalisation-expenditure-final-accounts";
import { layout as horgos2022SmeJobRetentionRefundBatch3 } from "./horgos-2022-sme-job-retention-refund-batch3";
import { layout as horqin2021DistrictRevenueExpenditureExecution } from "./horqin-2021-district-revenue-expenditure-execution";
import { layout as hotan2018ForestryFundAllocation } from "./hotan-2018-forestry-fund-allocation";
import { layout as hotan2020RuralEnvironmentIntegratedAllocation } from "./hotan-2020-rural-environment-integrated-allocation";
import { layout as hotanCity2020WorkReliefDemonstrationPlan } from "./hotan-city-2020-work-relief-demonstration-plan";
import { layout as huachi2022LinkageSurplusByDepartment } from "./huachi-2022-linkage-surplus-by-department";
import { layout as huadu2025BusinessSupportMeasuresAwards } from "./huadu-2025-business-support-measures-awards";
import { layout as huaihua2023ConsumptionPromotionEventSupport } from "./huaihua-2023-consumption-promotion-event-support";
import { layout as huaiyuan2023OfficePropertySelfeval } from "./huaiyuan-2023-office-property-selfeval";
import { layout as huanggang2023PreparedFoodMeasures } from "./huanggang-2023-prepared-food-measures";
import { layout as huangpi2021SmartRetrofitFirstReviewList } from "./huangpi-2021-smart-retrofit-first-review-list";
import { layout as huangpi2022LittleGiantBatch3Award } from "./huangpi-2022-little-giant-batch3-award";
import { layout as huangpi2022SmartRetrofit } from "./huangpi-2022-smart-retrofit";
import { layout as huangpi2023MunicipalSmartRetrofit } from "./huangpi-2023-municipal-smart-retrofit";
import { layout as huangpu2023DistrictRevenueExecution } from "./huangpu-2023-district-revenue-execution";
import { layout as huangshi2019MonitoringHeritage } from "./huangshi-2019-monitoring-heritage";
import { layout as huangshi2023Q1FitnessDemoProjectsProgress } from "./huangshi-2023-q1-fitness-demo-projects-progress";
import { layout as huangyan2022GaoqiaoNoodleTownBatch2Plan } from "./huangyan-2022-gaoqiao-noodle-town-batch2-plan";
import { layout as huangyan2024LogisticsQualityAwards } from "./huangyan-2024-logistics-quality-awards";
import { layout as huanjiangDacai2019GpbExpenditureFinalAccounts } from "./huanjiang-dacai-2019-gpb-expenditure-final-accounts";
import { layout as huaxian2011GeneralBudgetExpenditureCompletion } from "./huaxian-2011-general-budget-expenditure-completion";
import { layout as huayingIndustrialTenPoliciesAwards } from "./huaying-industrial-ten-policies-awards";
import { layout as hubei2009FarmMachineryBatch2SettlementByCity } from "./hubei-2009-farm-machinery-batch2-settlement-by-city";
import { layout as hubei2017OldRevolutionaryAreaTransferByCity } from "./hubei-2017-old-revolutionary-area-transfer-by-city";
import { layout as hubei2017ProvincialTourismFundAssessedProjects } from "./hubei-2017-provincial-tourism-fund-assessed-projects";
import { layout as hubei2019JointCreationVillageAwards } from "./hubei-2019-joint-creation-village-awards";
import { layout as hubei2022SingleChampionCandidates } from "./hubei-2022-single-champion-candidates";
import { layout as hubeiPeoplesHospital2021KeyProjectTargets } from "./hubei-peoples-hospital-2021-key-project-targets";
import { layout as huhhotCounty2023WaterFundRegionSelfeval } from "./huhhot-county-2023-water-fund-region-selfeval";
import { layout as huizhou2023UpgradeAwardCityCountySplit } from "./huizhou-2023-upgrade-award-city-county-split";
import { layout as huizhou2024TypicalTownFundBatch2Allocation } from "./huizhou-2024-typical-town-fund-batch2-allocation";
import { layout as huli2025Q1GoodStartMeasuresAwards } from "./huli-2025-q1-good-start-measures-awards";
import { layout as hunan2015ProvincialThreePublicBudget } from "./hunan-2015-provincial-three-public-budget";
import { layout as hunan2016NewAboveScaleCountyAwards } from "./hunan-2016-new-above-scale-county-awards";
import { layout as hunan2016ProvincialThreePublicBudget } from "./hunan-2016-provincial-three-public-budget";
import { layout as hunan2017LotteryFundPoorCounties } from "./hunan-2017-lottery-fund-poor-counties";
import { layout as hunan2019JanAugKeyProjectsInvestmentProgress } from "./hunan-2019-jan-aug-key-projects-investment-progress";
import { layout as hunan2020LittleGiantEnterpriseList } from "./hunan-2020-little-giant-enterprise-list";
import { layout as hunan2020RuralEnvironmentCentralInvestmentPlan } from "./hunan-2020-rural-environment-central-investment-plan";
import { layout as hunan2021DrainageCentralInvestmentBatch1 } from "./hunan-2021-drainage-central-investment-batch1";
import { layout as hunan2021EnterpriseRdAwardList } from "./hunan-2021-enterprise-rd-award-list";
import { layout as hunan2021YangtzeDongtingGreenDevelopmentPlan } from "./hunan-2021-yangtze-dongting-green-development-plan";
import { layout as hunan2022ConsumerGoodsThreeProductsBenchmarks } from "./hunan-2022-consumer-goods-three-products-benchmarks";
import { layout as hunan2022CultureTourismFundDramaSelfeval } from "./hunan-2022-culture-tourism-fund-drama-selfeval";
import { layout as hunan2023SteadyGrowthTwentyMeasuresAwards } from "./hunan-2023-steady-growth-twenty-measures-awards";
import { layout as hunan2024BenefitSubsidyPolicyCatalog } from "./hunan-2024-benefit-subsidy-policy-catalog";
import { layout as hunan2024PigCountySlaughterAllocation } from "./hunan-2024-pig-county-slaughter-allocation";
import { layout as hunan2024ProvincialGeneralBudgetExecution } from "./hunan-2024-provincial-general-budget-execution";
import { layout as huoqiu2025ModelVillageLinkageFundAllocation } from "./huoqiu-2025-model-village-linkage-fund-allocation";
import { layout as hutubi2015CottonTargetPriceSubsidyVillagePublicity } from "./hutubi-2015-cotton-target-price-subsidy-village-publicity";
import { layout as huyi2018PoorHouseholdIndustryFundPlan } from "./huyi-2018-poor-household-industry-fund-plan";
import { layout as huyi2020FiscalFinalAccountsSummary } from "./huyi-2020-fiscal-final-accounts-summary";
import { layout as huzhou2025IndustrialDevelopmentFundBudgetPlan } from "./huzhou-2025-industrial-development-fund-budget-plan";
import { layout as huzhou2025SciTechTalentPolicyCatalog } from "./huzhou-2025-sci-tech-talent-policy-catalog";
import { layout as jcut2021DisciplineProjectSelfeval } from "./jcut-2021-discipline-project-selfeval";
import { layout as jiading2018ServiceIndustryGuidanceFund } from "./jiading-2018-service-industry-guidance-fund";
import { layout as jiading2020DirectFundsSpending } from "./jiading-2020-direct-funds-spending";
import { layout as jiading2023GeneralBudgetFinalAccounts } from "./jiading-2023-general-budget-final-accounts";
import { layout as jiading2023H1RevenueExecution } from "./jiading-2023-h1-revenue-execution";
import { layout as jiading2024FacilityVegetableUpkeepAwards } from "./jiading-2024-facility-vegetable-upkeep-awards";
import { layout as jiadingJustice2017ThreePublicFinalAccounts } from "./jiading-justice-2017-three-public-final-accounts";
import { layout as jiamusiJiaoqu2019MinorityFundProjects } from "./jiamusi-jiaoqu-2019-minority-fund-projects";
import { layout as jian2018WaterProjectsInvestmentPlan } from "./jian-2018-water-projects-investment-plan";
import { layout as jian2026CooperativeFacilityReserveFiling } from "./jian-2026-cooperative-facility-reserve-filing";
import { layout as jianHitechEnterpriseAwardPoliciesList } from "./jian-hitech-enterprise-award-policies-list";
import { layout as jiancaoping2021GeneralRevenueFinalAccounts } from "./jiancaoping-2021-general-revenue-final-accounts";
import { layout as jiande2023q3BigfirmAward } from "./jiande-2023q3-bigfirm-award";
import { layout as jiangbeiCq2021KeyPerformanceEvaluationProjects } from "./jiangbei-cq-2021-key-performance-evaluation-projects";
import { layout as jiangbeiCq2021ThreePublicBudget } from "./jiangbei-cq-2021-three-public-budget";
import { layout as jiangjin2016JobStabilisationSubsidy } from "./jiangjin-2016-job-stabilisation-subsidy";
import { layout as jiangjin2024BinjiangNewTownCentreExpenditureFinal } from "./jiangjin-2024-binjiang-new-town-centre-expenditure-final";
import { layout as jiangmen2016GovernmentOfficeThreePublicBudget } from "./jiangmen-2016-government-office-three-public-budget";
import { layout as jiangmen2021MayMunicipalSpendingProgressRanking } from "./jiangmen-2021-may-municipal-spending-progress-ranking";
import { layout as jiangmen2022AboveScaleAwardBatch2Plan } from "./jiangmen-2022-above-scale-award-batch2-plan";
import { layout as jiangmen2024InclusiveManufacturingInvestmentAwardPlan } from "./jiangmen-2024-inclusive-manufacturing-investment-award-plan";
import { layout as jiangmen2024TechreformAwardProjects } from "./jiangmen-2024-techreform-award-projects";
import { layout as jiangsu2011KeyDisciplineFundLedger } from "./jiangsu-2011-key-discipline-fund-ledger";
import { layout as jiangsu2019HitechCultivationFundBreakdown } from "./jiangsu-2019-hitech-cultivation-fund-breakdown";
import { layout as jiangsu2020SupervisionIncentiveRegionsList } from "./jiangsu-2020-supervision-incentive-regions-list";
import { layout as jiangsu2022BorderAreaTransferAllocation } from "./jiangsu-2022-border-area-transfer-allocation";
import { layout as jiangsu2022HitechCultivationAwardClauses } from "./jiangsu-2022-hitech-cultivation-award-clauses";
import { layout as jiangxi2008ModernAgriFundByIndustry } from "./jiangxi-2008-modern-agri-fund-by-industry";
import { layout as jiangxi2010RuralRoadSpecialFundAllocation } from "./jiangxi-2010-rural-road-special-fund-allocation";
import { layout as jiangxi2013AugFarmMachinerySettlementProgress } from "./jiangxi-2013-aug-farm-machinery-settlement-progress";
import { layout as jiangxi2014GrainOilCountyAwards } from "./jiangxi-2014-grain-oil-county-awards";
import { layout as jiangxi2015AgriPrimaryProcessingSubsidy } from "./jiangxi-2015-agri-primary-processing-subsidy";
import { layout as jiangxi2015GrainOilSeedCountyAwards } from "./jiangxi-2015-grain-oil-seed-county-awards";
import { layout as jiangxi2017BinhuFourCountiesInvestment } from "./jiangxi-2017-binhu-four-counties-investment";
import { layout as jiangxi2017SpecialisedSmeRecognitionList } from "./jiangxi-2017-specialised-sme-recognition-list";
import { layout as jiangxi2018PigCountyAwardAllocation } from "./jiangxi-2018-pig-county-award-allocation";
import { layout as jiangxi2019SingleChampionAward } from "./jiangxi-2019-single-champion-award";
import { layout as jiangxi2020CentralAgriProductionFundByUse } from "./jiangxi-2020-central-agri-production-fund-by-use";
import { layout as jiangxi2020NationalCoopDemoApplicants } from "./jiangxi-2020-national-coop-demo-applicants";
import { layout as jiangxi2020ProvincialScienceFundBatch1Allocation } from "./jiangxi-2020-provincial-science-fund-batch1-allocation";
import { layout as jiangxi2021CentralLinkageFundCityAllocation } from "./jiangxi-2021-central-linkage-fund-city-allocation";
import { layout as jiangxi2023Batch1HighTechCandidates } from "./jiangxi-2023-batch1-high-tech-candidates";
import { layout as jiangxi2023GanjiangShippingSupportCatalog } from "./jiangxi-2023-ganjiang-shipping-support-catalog";
import { layout as jiangxi2024h1ProvincialEnterpriseTechCentreList } from "./jiangxi-2024h1-provincial-enterprise-tech-centre-list";
import { layout as jiangxi2025ClusterTechreformPilotAllocation } from "./jiangxi-2025-cluster-techreform-pilot-allocation";
import { layout as jiangxiYiyang2023LinkageFundSources } from "./jiangxi-yiyang-2023-linkage-fund-sources";
import { layout as jiangxia2023NewAgriEntitiesAwardCatalog } from "./jiangxia-2023-new-agri-entities-award-catalog";
import { layout as jiangxia2023RuralRoadMaintenanceSelfeval } from "./jiangxia-2023-rural-road-maintenance-selfeval";
import { layout as jiangxia2023SpecialisedSmeAward } from "./jiangxia-2023-specialised-sme-award";
import { layout as jiangyan2025OldAreaLotteryProjectFunds } from "./jiangyan-2025-old-area-lottery-project-funds";
import { layout as jiangyin2020RdPostSubsidyList } from "./jiangyin-2020-rd-post-subsidy-list";
import { layout as jiangyinHitech2018IndustrialClusterFund } from "./jiangyin-hitech-2018-industrial-cluster-fund";
import { layout as jiangyou2021ProvincialLinkageFundUsePlan } from "./jiangyou-2021-provincial-linkage-fund-use-plan";
import { layout as jianyang2016ChengduSupportFundPlan } from "./jianyang-2016-chengdu-support-fund-plan";
import { layout as jiaocheng2022GeneralBudgetFinalAccounts } from "./jiaocheng-2022-general-budget-final-accounts";
import { layout as jiaozuo2018PovertyFundAllocation } from "./jiaozuo-2018-poverty-fund-allocation";
import { layout as jiatang2022TownshipThreePublicFinalAccounts } from "./jiatang-2022-township-three-public-final-accounts";
import { layout as jiaxian2016ProjectTargetForm } from "./jiaxian-2016-project-target-form";
import { layout as jiaxian2022ForestFarmLinkagePlan } from "./jiaxian-2022-forest-farm-linkage-plan";
import { layout as jiaxian2022LinkagePlanByType } from "./jiaxian-2022-linkage-plan-by-type";
import { layout as jiaxian2023EthnicLinkageSurplusProject } from "./jiaxian-2023-ethnic-linkage-surplus-project";
import { layout as jiayuPaizhouwan2022ThreePublicFinalAccounts } from "./jiayu-paizhouwan-2022-three-public-final-accounts";
import { layout as jiayuguan2022AgricultureBureauGpbExpenditureFinalAccounts } from "./jiayuguan-2022-agriculture-bureau-gpb-expenditure-final-accounts";
import { layout as jiayuguan2022GovernmentInvestmentProjectsProgress } from "./jiayuguan-2022-government-investment-projects-progress";
import { layout as jiayuguan2023MuseumFreeOpeningTargets } from "./jiayuguan-2023-museum-free-opening-targets";
import { layout as jiefangbeiCbd2023GovernmentFundFinalAccounts } from "./jiefangbei-cbd-2023-government-fund-final-accounts";
import { layout as jilin2016SmeAboveScaleUpgradeAwards } from "./jilin-2016-sme-above-scale-upgrade-awards";
import { layout as jilin2017PigCountyProvincialAwardAllocation } from "./jilin-2017-pig-county-provincial-award-allocation";
import { layout as jilin2018ChangjituSpecialFundAllocation } from "./jilin-2018-changjitu-special-fund-allocation";
import { layout as jilin2018RuralToiletTransferSelfeval } from "./jilin-2018-rural-toilet-transfer-selfeval";
import { layout as jilin2021GreenhouseCountyAward } from "./jilin-2021-greenhouse-county-award";
import { layout as jilin2022CentralAirPollutionFundAdvance } from "./jilin-2022-central-air-pollution-fund-advance";
import { layout as jilin2022ProvincialSpecialisedSmeList } from "./jilin-2022-provincial-specialised-sme-list";
import { layout as jilinCity2021BlackSoilProtectionAllocation } from "./jilin-city-2021-black-soil-protection-allocation";
import { layout as jilinCity2021GeneralBudgetCompletion } from "./jilin-city-2021-general-budget-completion";
import { layout as jilinCity2023PrivateEconomyFinanceMeasures } from "./jilin-city-2023-private-economy-finance-measures";
import { layout as jilinCity2023SteadyGrowthIncrementTwoQuarters } from "./jilin-city-2023-steady-growth-increment-two-quarters";
import { layout as jilinRuralLivingEnvironmentCentralInvestmentTop4 } from "./jilin-rural-living-environment-central-investment-top4";
import { layout as jinan2014MunicipalThreePublicBudget } from "./jinan-2014-municipal-three-public-budget";
import { layout as jinan2019TechRenovationSupportClauses } from "./jinan-2019-tech-renovation-support-clauses";
import { layout as jinanHitech2020HitechFirmRecognitionAwards } from "./jinan-hitech-2020-hitech-firm-recognition-awards";
import { layout as jinanLa2025SportsBureauEventTargets } from "./jinan-la-2025-sports-bureau-event-targets";
import { layout as jincheng20161533IndustrialActionAwards } from "./jincheng-2016-1533-industrial-action-awards";
import { layout as jinfeng2017WaterDevelopmentFundSelfeval } from "./jinfeng-2017-water-development-fund-selfeval";
import { layout as jinghai2025CoalToElectricityHeatingSubsidy } from "./jinghai-2025-coal-to-electricity-heating-subsidy";
import { layout as jinghe2025LinkageFundProjectAllocation } from "./jinghe-2025-linkage-fund-project-allocation";
import { layout as jingjiang2023ProvincialTransformationFundBatch1 } from "./jingjiang-2023-provincial-transformation-fund-batch1";
import { layout as jingmenWater2022RiverChiefSelfeval } from "./jingmen-water-2022-river-chief-selfeval";
import { layout as jingning2022TwoZonesInfrastructureProjectPlan } from "./jingning-2022-two-zones-infrastructure-project-plan";
import { layout as jingning2023LinkageFundBatch3IndustryProjectPlan } from "./jingning-2023-linkage-fund-batch3-industry-project-plan";
import { layout as jingzhou2019ThreeGorgesFollowUpProjects } from "./jingzhou-2019-three-gorges-follow-up-projects";
import { layout as jingzhou2023JobRetentionRefundIncompleteInfoList } from "./jingzhou-2023-job-retention-refund-incomplete-info-list";
import { layout as jinhu2016AgriDevelopmentLandProjectFunds } from "./jinhu-2016-agri-development-land-project-funds";
import { layout as jinhua2022HitechAdvancePayment } from "./jinhua-2022-hitech-advance-payment";
import { layout as jinhuaEtdz2024AllAreaTourismAwardPayout } from "./jinhua-etdz-2024-all-area-tourism-award-payout";
import { layout as jining2021JanFebHundredTechRenovationInvestment } from "./jining-2021-jan-feb-hundred-tech-renovation-investment";
import { layout as jiningNo2Hospital2017IncomeExpenditureFinalAccounts } from "./jining-no2-hospital-2017-income-expenditure-final-accounts";
import { layout as jinkouhe2026ThreePublicBudgetBySource } from "./jinkouhe-2026-three-public-budget-by-source";
import { layout as jinpingYingpan2024ThreePublicAndRunningCosts } from "./jinping-yingpan-2024-three-public-and-running-costs";
import { layout as jinpu2023GazelleUnicornFilingAwards } from "./jinpu-2023-gazelle-unicorn-filing-awards";
import { layout as jintan2022Q1DirectFunds } from "./jintan-2022-q1-direct-funds";
import { layout as jintangGuancang2015ThreePublicFinalAccounts } from "./jintang-guancang-2015-three-public-final-accounts";
import { layout as jinzhai2021GrainFarmerOneOffSubsidyTowns } from "./jinzhai-2021-grain-farmer-one-off-subsidy-towns";
import { layout as jinzhai2021SpringCompulsoryStudentAidTowns } from "./jinzhai-2021-spring-compulsory-student-aid-towns";
import { layout as jinzhai2023TeaValleyVillageCentreOverallSelfeval } from "./jinzhai-2023-tea-valley-village-centre-overall-selfeval";
import { layout as jinzhai2025LinkageBatch1Allocation } from "./jinzhai-2025-linkage-batch1-allocation";
import { layout as jinzhaiEtdz2021PropertyManagementTargets } from "./jinzhai-etdz-2021-property-management-targets";
import { layout as jinzhong2022PrivateEconomyAwardPayout } from "./jinzhong-2022-private-economy-award-payout";
import { layout as jiuhuashanReligion2019ThreePublicFinal } from "./jiuhuashan-religion-2019-three-public-final";
import { layout as jiujiang2019OldRevolutionaryAreaTransfer } from "./jiujiang-2019-old-revolutionary-area-transfer";
import { layout as jiujiang2022AgriLeadingEnterpriseRecognition } from "./jiujiang-2022-agri-leading-enterprise-recognition";
import { layout as jiujiang2024ServiceSectorQualityMeasures } from "./jiujiang-2024-service-sector-quality-measures";
import { layout as jiujiangCounty2013KeyTownLinkageGuideFund } from "./jiujiang-county-2013-key-town-linkage-guide-fund";
import { layout as jiujiangCounty2015FarmlandWaterProjectTargets } from "./jiujiang-county-2015-farmland-water-project-targets";
import { layout as jiujiangFifthHospital2025ThreePublicBudget } from "./jiujiang-fifth-hospital-2025-three-public-budget";
import { layout as jiujiangNo3MiddleSchool2021ThreePublicFinal } from "./jiujiang-no3-middle-school-2021-three-public-final";
import { layout as jiujiangSpecialisedSmeSupportPolicyList } from "./jiujiang-specialised-sme-support-policy-list";
import { layout as jiulongpoCq2024EnterpriseQualityDevelopmentClauses } from "./jiulongpo-cq-2024-enterprise-quality-development-clauses";
import { layout as jiuquan2023IndustrialInnovationAwardsByCounty } from "./jiuquan-2023-industrial-innovation-awards-by-county";
import { layout as jiutai2022SpringFestivalProductionAwards } from "./jiutai-2022-spring-festival-production-awards";
import { layout as jixi2022DigitalEconomyLeadingFirmInterest } from "./jixi-2022-digital-economy-leading-firm-interest";
import { layout as jixiAnhui2018ProvincialAgriProjectArrangement } from "./jixi-anhui-2018-provincial-agri-project-arrangement";
import { layout as jiyuan2024LinkageFundIndustryProjectPlan } from "./jiyuan-2024-linkage-fund-industry-project-plan";
import { layout as jizhou2020SkynetTransferProjectSelfeval } from "./jizhou-2020-skynet-transfer-project-selfeval";
import { layout as jizhouFarmMachinerySubsidyByType } from "./jizhou-farm-machinery-subsidy-by-type";
import { layout as julu2024LinkageFundUsePlan } from "./julu-2024-linkage-fund-use-plan";
import { layout as jxufe20142017UniversityIncomeByYear } from "./jxufe-2014-2017-university-income-by-year";
import { layout as kailu2017TourismIndustrySupportAwards } from "./kailu-2017-tourism-industry-support-awards";
import { layout as kaiyuan2017ThreePublicBudgetTwoYearsAcross } from "./kaiyuan-2017-three-public-budget-two-years-across";
import { layout as kaizhou2025H1GeneralBudgetExecution } from "./kaizhou-2025-h1-general-budget-execution";
import { layout as kaizhouDajin2024ThreePublicFinalAccounts } from "./kaizhou-dajin-2024-three-public-final-accounts";
import { layout as keqiao2021BudgetExecutionSummary } from "./keqiao-2021-budget-execution-summary";
import { layout as kizilsu2021ConsolidationProjectFundProgress } from "./kizilsu-2021-consolidation-project-fund-progress";
import { layout as kizilsu2025FarmlandSubsidyPayment } from "./kizilsu-2025-farmland-subsidy-payment";
import { layout as kunming2022BiomedicineChainApplicablePolicies } from "./kunming-2022-biomedicine-chain-applicable-policies";
import { layout as kunming2023BiomedicineSupportClauses } from "./kunming-2023-biomedicine-support-clauses";
import { layout as kunming2023IndustrialParkFund } from "./kunming-2023-industrial-park-fund";
import { layout as kunmingCultureTourism2024BudgetAndFinalSpending } from "./kunming-culture-tourism-2024-budget-and-final-spending";
import { layout as kunshan2025InnovationConsortiumSupport } from "./kunshan-2025-innovation-consortium-support";
import { layout as langfang2019SelfevalHebei } from "./langfang-2019-selfeval-hebei";
import { layout as langya2019LandUseTaxAwards } from "./langya-2019-land-use-tax-awards";
import { layout as lanshan2023GeneralBudgetExpenditureFinalAccounts } from "./lanshan-2023-general-budget-expenditure-final-accounts";
import { layout as lanzhou2013RuralWaterAndGridCentralInvestment } from "./lanzhou-2013-rural-water-and-grid-central-investment";
import { layout as lanzhou2018InvestmentAttractionTeamAwards } from "./lanzhou-2018-investment-attraction-team-awards";
import { layout as lanzhou2020TechSmeBatch2EntryList } from "./lanzhou-2020-tech-sme-batch2-entry-list";
import { layout as lanzhouThirdHospital2026ThreePublicMeetingTrainingBudget } from "./lanzhou-third-hospital-2026-three-public-meeting-training-budget";
import { layout as lanzhouXinqu2024AboveScaleEntryAwards } from "./lanzhou-xinqu-2024-above-scale-entry-awards";
import { layout as lanzhouXinqu2025LivestockLoanInterest } from "./lanzhou-xinqu-2025-livestock-loan-interest";
import { layout as laoting2021SelfevalRandomInspectionAudit } from "./laoting-2021-selfeval-random-inspection-audit";
import { layout as leiyangNo4School2021GpbExpenditureFinalAccounts } from "./leiyang-no4-school-2021-gpb-expenditure-final-accounts";
import { layout as leizhouLongmen2018TownBudgetByEconomicClass } from "./leizhou-longmen-2018-town-budget-by-economic-class";
import { layout as leshan2021WaterFundAllocation } from "./leshan-2021-water-fund-allocation";
import { layout as lhasa2018ForeignTradeMicroFirmAwards } from "./lhasa-2018-foreign-trade-micro-firm-awards";
import { layout as lhasa2018ShotonInvestmentSigningSummary } from "./lhasa-2018-shoton-investment-signing-summary";
import { layout as lhasa2021KeyProjectsJulyInvestmentProgress } from "./lhasa-2021-key-projects-july-investment-progress";
import { layout as lhasa2023InvestmentIncentiveCatalog } from "./lhasa-2023-investment-incentive-catalog";
import { layout as liandu2022AboveScale } from "./liandu-2022-above-scale";
import { layout as liangping2021ThreePublicFinalAccountsSummary } from "./liangping-2021-three-public-final-accounts-summary";
import { layout as liangshan2011YiNewVillageFundsInPlace } from "./liangshan-2011-yi-new-village-funds-in-place";
import { layout as liangshan2022PrefectureThreePublicFinalAccounts } from "./liangshan-2022-prefecture-three-public-final-accounts";
import { layout as liangxi2018SmartUpgradeAwards } from "./liangxi-2018-smart-upgrade-awards";
import { layout as liangxi2019ModernIndustryPolicyAwards } from "./liangxi-2019-modern-industry-policy-awards";
import { layout as liangzihu2021DistrictThreePublicFinalAccounts } from "./liangzihu-2021-district-three-public-final-accounts";
import { layout as lianhua2022IndustrialQualityAwardMeasures } from "./lianhua-2022-industrial-quality-award-measures";
import { layout as lianhua2025EnterpriseSupportAwards } from "./lianhua-2025-enterprise-support-awards";
import { layout as lianwei2023ThreePublicBudgetByUnit } from "./lianwei-2023-three-public-budget-by-unit";
import { layout as lianyungang2015DigitalCityCentreThreePublicMeetingsTraining } from "./lianyungang-2015-digital-city-centre-three-public-meetings-training";
import { layout as lianyungang2017BeautifulVillageProvincialAllocation } from "./lianyungang-2017-beautiful-village-provincial-allocation";
import { layout as liaoheSiping2016FarmMachinerySubsidyByKind } from "./liaohe-siping-2016-farm-machinery-subsidy-by-kind";
import { layout as liaoning2018StrawUtilisationPilotCountiesAllocation } from "./liaoning-2018-straw-utilisation-pilot-counties-allocation";
import { layout as liaoning2020ZhuaganShiganIncentiveList } from "./liaoning-2020-zhuagan-shigan-incentive-list";
import { layout as liaoning2021GazelleEnterpriseSubsidy } from "./liaoning-2021-gazelle-enterprise-subsidy";
import { layout as liaoning2021GeneralBudgetBalance } from "./liaoning-2021-general-budget-balance";
import { layout as liaoning2021MarineEconomyProjects } from "./liaoning-2021-marine-economy-projects";
import { layout as liaoning2021Q1CountyDistrictBudgetExecution } from "./liaoning-2021-q1-county-district-budget-execution";
import { layout as liaoning2023ResourceRegionTransitionProjects } from "./liaoning-2023-resource-region-transition-projects";
import { layout as liaoning2024IndustrialStrongCountiesList } from "./liaoning-2024-industrial-strong-counties-list";
import { layout as liaoning2024SpecialisedSmeAward } from "./liaoning-2024-specialised-sme-award";
import { layout as liaoningHunnan2018EnterpriseCultivationAwards } from "./liaoning-hunnan-2018-enterprise-cultivation-awards";
import { layout as liaoningJusticeDept2020GpbExpenditureFinalAccounts } from "./liaoning-justice-dept-2020-gpb-expenditure-final-accounts";
import { layout as liaoningShenyangHightechZoneEnterpriseSupportCatalog } from "./liaoning-shenyang-hightech-zone-enterprise-support-catalog";
import { layout as liaoyang2020EpidemicSuppliesFixedAssetSubsidy } from "./liaoyang-2020-epidemic-supplies-fixed-asset-subsidy";
import { layout as liaoyuan20182020NortheastPreparatoryFundPayments } from "./liaoyuan-2018-2020-northeast-preparatory-fund-payments";
import { layout as liaoyuanIndustrialEnterpriseBrandMeasures } from "./liaoyuan-industrial-enterprise-brand-measures";
import { layout as liaozhong2020YangshigangIndustryTownProjectSubsidy } from "./liaozhong-2020-yangshigang-industry-town-project-subsidy";
import { layout as licheng2015IndustrialGrowthAwards } from "./licheng-2015-industrial-growth-awards";
import { layout as lieshan2023DistrictThreePublicBudget } from "./lieshan-2023-district-three-public-budget";
import { layout as lijiang2020SelfevalYunnan } from "./lijiang-2020-selfeval-yunnan";
import { layout as lilou2023ParkInfrastructureProjectSelfeval } from "./lilou-2023-park-infrastructure-project-selfeval";
import { layout as lincangGovernmentServiceBureau2023ProjectSelfeval } from "./lincang-government-service-bureau-2023-project-selfeval";
import { layout as lindian2023IntegratedFundsProjectPlan } from "./lindian-2023-integrated-funds-project-plan";
import { layout as linfenCollege2018BudgetIncomeExpenditureSummary } from "./linfen-college-2018-budget-income-expenditure-summary";
import { layout as lingchuan2023AgriLeadingFirmLoanInterest } from "./lingchuan-2023-agri-leading-firm-loan-interest";
import { layout as lingchuan2023IndustryTownAwardAllocation } from "./lingchuan-2023-industry-town-award-allocation";
import { layout as linhai2023HistoricVillagesFunds } from "./linhai-2023-historic-villages-funds";
import { layout as linqing2024AgriProcessingAward } from "./linqing-2024-agri-processing-award";
import { layout as linqu2024OldAreaLotteryFundExecution } from "./linqu-2024-old-area-lottery-fund-execution";
import { layout as lintan2022HighStandardFarmlandPlan } from "./lintan-2022-high-standard-farmland-plan";
import { layout as linxi2016IndustrySupportFundClauses } from "./linxi-2016-industry-support-fund-clauses";
import { layout as linxiBearingTechLeapAwardsAndClauses } from "./linxi-bearing-tech-leap-awards-and-clauses";
import { layout as linxia2015OctKeyProjectsUnderWay } from "./linxia-2015-oct-key-projects-under-way";
import { layout as linzhou2018FarmMachineryBatch3Verification } from "./linzhou-2018-farm-machinery-batch3-verification";
import { layout as liubei2023ThreePublicFinalAccounts } from "./liubei-2023-three-public-final-accounts";
import { layout as liucheng2020AwardForWorkIndustryTargets } from "./liucheng-2020-award-for-work-industry-targets";
import { layout as liucheng2023CountyOfficeGpbExpenditureAccounts } from "./liucheng-2023-county-office-gpb-expenditure-accounts";
import { layout as liupanshui2023ProvincialSrdiSmeList } from "./liupanshui-2023-provincial-srdi-sme-list";
import { layout as liuyang2011YishiyiyiAwardPublicityDetail } from "./liuyang-2011-yishiyiyi-award-publicity-detail";
import { layout as liuzhou2015XijiangBeltInfrastructureFund } from "./liuzhou-2015-xijiang-belt-infrastructure-fund";
import { layout as liuzhou2023RuralRevitalisationFundByCounty } from "./liuzhou-2023-rural-revitalisation-fund-by-county";
import { layout as lixian2023GeneralBudgetRevenueFinalAccounts } from "./lixian-2023-general-budget-revenue-final-accounts";
import { layout as lizhou2020CooperativeSupportShortlist } from "./lizhou-2020-cooperative-support-shortlist";
import { layout as lizhou2022FamilyFarmCultivation } from "./lizhou-2022-family-farm-cultivation";
import { layout as longhui2021RuralEnvironmentProjectSelfeval } from "./longhui-2021-rural-environment-project-selfeval";
import { layout as longhuiQijiang2021RuralRevitalisationSelfeval } from "./longhui-qijiang-2021-rural-revitalisation-selfeval";
import { layout as longling2012CooperativeSupportAwards } from "./longling-2012-cooperative-support-awards";
import { layout as longquan2018ThreePublicFinalAccount } from "./longquan-2018-three-public-final-account";
import { layout as longyan2023EthnicDevelopmentFundAllocation } from "./longyan-2023-ethnic-development-fund-allocation";
import { layout as luan2024AugDirectFundsExecutionByField } from "./luan-2024-aug-direct-funds-execution-by-field";
import { layout as luan2025CityFarmWelfareSubsidyCatalog } from "./luan-2025-city-farm-welfare-subsidy-catalog";
import { layout as luancheng2025UrbanAgriProjectBuilders } from "./luancheng-2025-urban-agri-project-builders";
import { layout as luancheng2025UrbanAgricultureBuildThenSubsidy } from "./luancheng-2025-urban-agriculture-build-then-subsidy";
import { layout as luoenHonghe2018ThreePublicRunningCosts } from "./luoen-honghe-2018-three-public-running-costs";
import { layout as luojiang2022HitechAllocation } from "./luojiang-2022-hitech-allocation";
import { layout as luojiang2022HitechInstalment } from "./luojiang-2022-hitech-instalment";
import { layout as luoshanJanMayFiscalRevenueExpenditure } from "./luoshan-jan-may-fiscal-revenue-expenditure";
import { layout as luoyangChanhe2024LinkageFundBatch2Allocation } from "./luoyang-chanhe-2024-linkage-fund-batch2-allocation";
import { layout as luozhuang2017RegionalStrategyFundProjects } from "./luozhuang-2017-regional-strategy-fund-projects";
import { layout as luquan2015HighTechEnterprisesList } from "./luquan-2015-high-tech-enterprises-list";
import { layout as luquan2023LocalFiscalExpenditureFinalAccounts } from "./luquan-2023-local-fiscal-expenditure-final-accounts";
import { layout as luquan2025CentralLinkageBatch2Allocation } from "./luquan-2025-central-linkage-batch2-allocation";
import { layout as luxi2019IntegratedAgriFundsProgress } from "./luxi-2019-integrated-agri-funds-progress";
import { layout as luxi2024FarmlandProjectTargets } from "./luxi-2024-farmland-project-targets";
import { layout as luzhai2019ThreePublicFinalAccounts } from "./luzhai-2019-three-public-final-accounts";
import { layout as luzhou2023TcmHospitalExpenditureAccounts } from "./luzhou-2023-tcm-hospital-expenditure-accounts";
import { layout as luzhouChangzhi2020GpbSpendingExecution } from "./luzhou-changzhi-2020-gpb-spending-execution";
import { layout as maanshan2024JobRetentionRefundPaid } from "./maanshan-2024-job-retention-refund-paid";
import { layout as mabu2023TransferPaymentProjectsExecution } from "./mabu-2023-transfer-payment-projects-execution";
import { layout as majiang2022StatisticsBureauThreePublicAccounts } from "./majiang-2022-statistics-bureau-three-public-accounts";
import { layout as maoming2021TransportBureauIncomeFinalAccounts } from "./maoming-2021-transport-bureau-income-final-accounts";
import { layout as maomingDrc2021WholeSpendingSelfeval } from "./maoming-drc-2021-whole-spending-selfeval";
import { layout as matazhen2023ProjectTargetDeclaration } from "./matazhen-2023-project-target-declaration";
import { layout as materialsAnnexQiqiwenku } from "./materials-annex-qiqiwenku";
import { layout as mawei2019MidAutumnPriceSubsidyByTown } from "./mawei-2019-mid-autumn-price-subsidy-by-town";
import { layout as mawei2021JobRetentionRefundBatch4 } from "./mawei-2021-job-retention-refund-batch4";
import { layout as meihekou2025LinkagePlanAdjustment } from "./meihekou-2025-linkage-plan-adjustment";
import { layout as meishanPeoplesHospital2021ThreePublicBudget } from "./meishan-peoples-hospital-2021-three-public-budget";
import { layout as meizhou2016IndustrialParkUpgradeFund } from "./meizhou-2016-industrial-park-upgrade-fund";
import { layout as mengdui2023ProjectSelfeval } from "./mengdui-2023-project-selfeval";
import { layout as mengjin2022LinkageFundBatch3Allocation } from "./mengjin-2022-linkage-fund-batch3-allocation";
import { layout as mengzhou2018PovertyFundAllocation } from "./mengzhou-2018-poverty-fund-allocation";
import { layout as mengziHealth2024ThreePublicFinalAccounts } from "./mengzi-health-2024-three-public-final-accounts";
import { layout as mianyang2022ProvincialIndustryFundProjectSummary } from "./mianyang-2022-provincial-industry-fund-project-summary";
import { layout as mianyang2024NewEnergyStorageOneOffSubsidy } from "./mianyang-2024-new-energy-storage-one-off-subsidy";
import { layout as mianyang2025CentralGuidedSciTechFundRecommended } from "./mianyang-2025-central-guided-sci-tech-fund-recommended";
import { layout as mianyang2025TechRenovationBatch2Awards } from "./mianyang-2025-tech-renovation-batch2-awards";
import { layout as mianzhu2025ThreePublicBudget } from "./mianzhu-2025-three-public-budget";
import { layout as midu2023SepBudgetExecution } from "./midu-2023-sep-budget-execution";
import { layout as miluo2022EmergencyBureauThreePublicAccounts } from "./miluo-2022-emergency-bureau-three-public-accounts";
import { layout as miluoAgri2022ThreePublicFinalAccounts } from "./miluo-agri-2022-three-public-final-accounts";
import { layout as miluoTcmHospital2017IncomeExpenditureByFunction } from "./miluo-tcm-hospital-2017-income-expenditure-by-function";
import { layout as minhang2020AdvancedManufacturingLeadingFirmAwards } from "./minhang-2020-advanced-manufacturing-leading-firm-awards";
import { layout as minhang2023MoneyFlowWorkbook } from "./minhang-2023-money-flow-workbook";
import { layout as minhang2023PaymentLedger } from "./minhang-2023-payment-ledger";
import { layout as minhang2024FactorySubsidyInstalment } from "./minhang-2024-factory-subsidy-instalment";
import { layout as minhang2024OperatingRulesStandards } from "./minhang-2024-operating-rules-standards";
import { layout as minhangEducation2020ThreePublicFinalAccounts } from "./minhang-education-2020-three-public-final-accounts";
import { layout as minhou2025AprDisabilityLivingSubsidyByTown } from "./minhou-2025-apr-disability-living-subsidy-by-town";
import { layout as minhou2025GoldfishIndustryAwards } from "./minhou-2025-goldfish-industry-awards";
import { layout as minle2022TradingPlatformProjectTargets } from "./minle-2022-trading-platform-project-targets";
import { layout as minle2022TradingSubcentreThreePublicFinalAccounts } from "./minle-2022-trading-subcentre-three-public-final-accounts";
import { layout as mouding2019PovertyExitVillageAwards } from "./mouding-2019-poverty-exit-village-awards";
import { layout as mouding2022CentralLinkageProjectPlan } from "./mouding-2022-central-linkage-project-plan";
import { layout as mudanjiangUniv2019ThreePublicBudgetTwoYears } from "./mudanjiang-univ-2019-three-public-budget-two-years";
import { layout as mulan2022ThreePublicBudgetByUnit } from "./mulan-2022-three-public-budget-by-unit";
import { layout as nanan2017DisasterRecoverySubsidyList } from "./nanan-2017-disaster-recovery-subsidy-list";
import { layout as nanan2022ClusterSupplierSubsidy } from "./nanan-2022-cluster-supplier-subsidy";
import { layout as nanchang2016CityPoorVillageFundAllocation } from "./nanchang-2016-city-poor-village-fund-allocation";
import { layout as nanchang2016StandardFactoryProvincialSubsidy } from "./nanchang-2016-standard-factory-provincial-subsidy";
import { layout as nanchang2021PowerUseGrowthSubsidy } from "./nanchang-2021-power-use-growth-subsidy";
import { layout as nanchang2022LittleGiantRecommendedFirms } from "./nanchang-2022-little-giant-recommended-firms";
import { layout as nanchang2022ProvincialKeyProjectsBatch1 } from "./nanchang-2022-provincial-key-projects-batch1";
import { layout as nanchang2023LinkageFundArranged } from "./nanchang-2023-linkage-fund-arranged";
import { layout as nanchangCounty2022FarmlandProtectionAreaSummary } from "./nanchang-county-2022-farmland-protection-area-summary";
import { layout as nanchangCounty2024NewAgriEntitiesSupport } from "./nanchang-county-2024-new-agri-entities-support";
import { layout as nanchangCountyTcmHospital2025ProjectTargets } from "./nanchang-county-tcm-hospital-2025-project-targets";
import { layout as nanchangGuangdongOffice2022ThreePublicFinalAccounts } from "./nanchang-guangdong-office-2022-three-public-final-accounts";
import { layout as nanchangJingkai2019EnterpriseCommendationAwards } from "./nanchang-jingkai-2019-enterprise-commendation-awards";
import { layout as nanchangManufacturingBasePolicyAwards } from "./nanchang-manufacturing-base-policy-awards";
import { layout as nanchangMartyrsCemetery2022ProjectSpending } from "./nanchang-martyrs-cemetery-2022-project-spending";
import { layout as nanhuaWildMushroomWorkshopSelfeval } from "./nanhua-wild-mushroom-workshop-selfeval";
import { layout as nanjiangWaterBureau2022GpbExpenditureFinalAccounts } from "./nanjiang-water-bureau-2022-gpb-expenditure-final-accounts";
import { layout as nankai2023DistrictGpbExpenditureEstimatedExecution } from "./nankai-2023-district-gpb-expenditure-estimated-execution";
import { layout as nanning2019HighQualityDevelopmentCountyAwards } from "./nanning-2019-high-quality-development-county-awards";
import { layout as nanning2023SciTechRdPlanFirstPayment } from "./nanning-2023-sci-tech-rd-plan-first-payment";
import { layout as nanning2023TechreformSubsidyStandardsAndList } from "./nanning-2023-techreform-subsidy-standards-and-list";
import { layout as nanningEtdz2023GeneralBudgetFinalBalance } from "./nanning-etdz-2023-general-budget-final-balance";
import { layout as nanningJiangnan2024DisabilitySubsidyPayout } from "./nanning-jiangnan-2024-disability-subsidy-payout";
import { layout as nanningVocationalCollege2017ExpenditureFinalAccounts } from "./nanning-vocational-college-2017-expenditure-final-accounts";
import { layout as nanxian2020FinanceBureauOverallSelfeval } from "./nanxian-2020-finance-bureau-overall-selfeval";
import { layout as nanxian2024CoopFamilyFarmSupportList } from "./nanxian-2024-coop-family-farm-support-list";
import { layout as nanxianCppcc2021MemberActivitiesSelfeval } from "./nanxian-cppcc-2021-member-activities-selfeval";
import { layout as nanxianWushenggong2023ProjectTargets } from "./nanxian-wushenggong-2023-project-targets";
import { layout as nanyue2018PovertyTourismBaseTargets } from "./nanyue-2018-poverty-tourism-base-targets";
import { layout as nanzhang2019FinalAccountsSummary } from "./nanzhang-2019-final-accounts-summary";
import { layout as national2017ScienceMuseumFreeOpeningSubsidyAllocation } from "./national-2017-science-museum-free-opening-subsidy-allocation";
import { layout as neimenggu2008CentralSubsidiesJanSep } from "./neimenggu-2008-central-subsidies-jan-sep";
import { layout as neimenggu2016DisasterLivingAidLeagueAllocation } from "./neimenggu-2016-disaster-living-aid-league-allocation";
import { layout as neimenggu2017TransfersAndLeagueAllocation } from "./neimenggu-2017-transfers-and-league-allocation";
import { layout as neimenggu20182020DeepPovertyBannerTransfers } from "./neimenggu-2018-2020-deep-poverty-banner-transfers";
import { layout as neimenggu2020MajorProjectsPlanByField } from "./neimenggu-2020-major-projects-plan-by-field";
import { layout as neimenggu2022PublicResourceCentreExpenditureAccounts } from "./neimenggu-2022-public-resource-centre-expenditure-accounts";
import { layout as neimenggu2022SmeClusterAwardAllocation } from "./neimenggu-2022-sme-cluster-award-allocation";
import { layout as neimenggu2022SteadyGrowthFarmFundArrangements } from "./neimenggu-2022-steady-growth-farm-fund-arrangements";
import { layout as neimenggu2023PolicyListFundArrangement } from "./neimenggu-2023-policy-list-fund-arrangement";
import { layout as neimenggu2024PolicyListGrainTargets } from "./neimenggu-2024-policy-list-grain-targets";
import { layout as neimenggu2024SingleChampionRecommendationList } from "./neimenggu-2024-single-champion-recommendation-list";
import { layout as neimengguAudit2020GeneralBudgetSpendingFinalAccounts } from "./neimenggu-audit-2020-general-budget-spending-final-accounts";
import { layout as neimengguAuditOffice2021ProjectSelfeval } from "./neimenggu-audit-office-2021-project-selfeval";
import { layout as neimengguCultureDept2015ThreePublicFinalAccounts } from "./neimenggu-culture-dept-2015-three-public-final-accounts";
import { layout as neimengguEcoEnv2024MonitoringProjectSelfeval } from "./neimenggu-eco-env-2024-monitoring-project-selfeval";
import { layout as neimengguEcologyDept2024MonitoringNetworkTargets } from "./neimenggu-ecology-dept-2024-monitoring-network-targets";
import { layout as neimengguHaibowan2020KeyProjectSelfeval } from "./neimenggu-haibowan-2020-key-project-selfeval";
import { layout as neimengguWater2023ThreePublicFinalAccounts } from "./neimenggu-water-2023-three-public-final-accounts";
import { layout as neimengguWater2023WaterSavingProjectSelfeval } from "./neimenggu-water-2023-water-saving-project-selfeval";
import { layout as neixiang2022IntegratedAgriFundProjectPlan } from "./neixiang-2022-integrated-agri-fund-project-plan";
import { layout as ningboCountyIndustrialEconomyQualityOpinions } from "./ningbo-county-industrial-economy-quality-opinions";
import { layout as ningboDprc2020GeneralBudgetExpenditure } from "./ningbo-dprc-2020-general-budget-expenditure";
import { layout as ningde2020CentralPovertyFundBatch2Allocation } from "./ningde-2020-central-poverty-fund-batch2-allocation";
import { layout as ningdeCounty2023TalentStationSelfeval } from "./ningde-county-2023-talent-station-selfeval";
import { layout as ningguo2013TransportBureauThreePublicFinal } from "./ningguo-2013-transport-bureau-three-public-final";
import { layout as ningguo2016UrbanEnforcementThreePublicFinal } from "./ningguo-2016-urban-enforcement-three-public-final";
import { layout as ningqiang2023GeneralBudgetFinalAccountsBothSides } from "./ningqiang-2023-general-budget-final-accounts-both-sides";
import { layout as ningxia2013GovernmentOfficesBureauBudgetByUnit } from "./ningxia-2013-government-offices-bureau-budget-by-unit";
import { layout as ningxia2013LandConsolidationBatch1Allocation } from "./ningxia-2013-land-consolidation-batch1-allocation";
import { layout as ningxia2018IndustrialBenchmarkingAwards } from "./ningxia-2018-industrial-benchmarking-awards";
import { layout as ningxia2019ManufacturingShuangchuangPlatformAward } from "./ningxia-2019-manufacturing-shuangchuang-platform-award";
import { layout as ningxia2021MajorWaterCentralInvestment } from "./ningxia-2021-major-water-central-investment";
import { layout as ningxiaChangqing2019SchoolSportsOpeningTargets } from "./ningxia-changqing-2019-school-sports-opening-targets";
import { layout as ningxiaKepuTeam2022ThreePublicBudget } from "./ningxia-kepu-team-2022-three-public-budget";
import { layout as ningxiaLiuyouIndustryFiscalMeasures } from "./ningxia-liuyou-industry-fiscal-measures";
import { layout as ningxiaVocational2017ThreePublicFinalWithCounts } from "./ningxia-vocational-2017-three-public-final-with-counts";
import { layout as ordos2024YellowRiverIrrigationSubsidyEstimate } from "./ordos-2024-yellow-river-irrigation-subsidy-estimate";
import { layout as ordosAudit2023GpbProjectExpenditure } from "./ordos-audit-2023-gpb-project-expenditure";
import { layout as ordosHealthCommission2023SupervisionProjectSelfeval } from "./ordos-health-commission-2023-supervision-project-selfeval";
import { layout as ordosHealthCommission2023ThreePublicFinalAccounts } from "./ordos-health-commission-2023-three-public-final-accounts";
import { layout as ordosOneCardSubsidyJanOctByBanner } from "./ordos-one-card-subsidy-jan-oct-by-banner";
import { layout as ordosSmeInvestment2022ThreePublicBudget } from "./ordos-sme-investment-2022-three-public-budget";
import { layout as panan2015GeneralBudgetExpenditureExecution } from "./panan-2015-general-budget-expenditure-execution";
import { layout as panyu2022GeneralBudgetRevenueExecution } from "./panyu-2022-general-budget-revenue-execution";
import { layout as pengshui2021GeneralBudgetBalance } from "./pengshui-2021-general-budget-balance";
import { layout as pengshui2022GeneralBudgetBalance } from "./pengshui-2022-general-budget-balance";
import { layout as pengshuiDatong2026TownBudgetByFunction } from "./pengshui-datong-2026-town-budget-by-function";
import { layout as pengyang2021IntegratedAgriFundsProjectPlan } from "./pengyang-2021-integrated-agri-funds-project-plan";
import { layout as pingdingshan2022CityLinkageBatch3Allocation } from "./pingdingshan-2022-city-linkage-batch3-allocation";
import { layout as pingshan2020SciTechBatch2 } from "./pingshan-2020-sci-tech-batch2";
import { layout as pingshanXiakouFinanceOffice2025BudgetSummary } from "./pingshan-xiakou-finance-office-2025-budget-summary";
import { layout as pingtan2024SpecialisedSmeNewBatchList } from "./pingtan-2024-specialised-sme-new-batch-list";
import { layout as pingtang2022FinanceBureauGpbExpenditure } from "./pingtang-2022-finance-bureau-gpb-expenditure";
import { layout as pingxiang2025IndustrialSupportMeasures } from "./pingxiang-2025-industrial-support-measures";
import { layout as pingyuanXinxiang2025LinkageFundEarlyAllocation } from "./pingyuan-xinxiang-2025-linkage-fund-early-allocation";
import { layout as poyang2016NewCountrysideVillagePoints } from "./poyang-2016-new-countryside-village-points";
import { layout as projectAccountFinal360docs } from "./project-account-final-360docs";
import { layout as projectBudgetTotalFsou } from "./project-budget-total-fsou";
import { layout as pudong2023HitechLoanInterestSubsidyList } from "./pudong-2023-hitech-loan-interest-subsidy-list";
import { layout as puer2019AuditBureauThreePublicComparison } from "./puer-2019-audit-bureau-three-public-comparison";
import { layout as pujiang2021InvestmentPlanProgress } from "./pujiang-2021-investment-plan-progress";
import { layout as putian2023EpidemicDrugDeviceInvestmentSubsidy } from "./putian-2023-epidemic-drug-device-investment-subsidy";
import { layout as putianChengxiang2022PilotVillageFundTargets } from "./putian-chengxiang-2022-pilot-village-fund-targets";
import { layout as putuo2018MakerSpaceMatchingFunds } from "./putuo-2018-maker-space-matching-funds";
import { layout as putuo2022SelfevalSportsCentreSettlement } from "./putuo-2022-selfeval-sports-centre-settlement";
import { layout as putuo2023LandscapeFarmingSubsidy } from "./putuo-2023-landscape-farming-subsidy";
import { layout as putuoSh2022CivilDefenceExpenditureFinalAccounts } from "./putuo-sh-2022-civil-defence-expenditure-final-accounts";
import { layout as puyangEtdz2022LinkageFundDistrictAllocation } from "./puyang-etdz-2022-linkage-fund-district-allocation";
import { layout as puyangMarchBudgetByLevel } from "./puyang-march-budget-by-level";
import { layout as puyangPeoplesHospital2017GpbFinalAccountsApproval } from "./puyang-peoples-hospital-2017-gpb-final-accounts-approval";
import { layout as qiandongnan2022H1GeneralBudgetExecution } from "./qiandongnan-2022-h1-general-budget-execution";
import { layout as qiandongnan2023ForestryBureauGpbExpenditureFinal } from "./qiandongnan-2023-forestry-bureau-gpb-expenditure-final";
import { layout as qiandongnan2023OfficesBureauThreePublicFinal } from "./qiandongnan-2023-offices-bureau-three-public-final";
import { layout as qianjiang2017ThreePublicFinalAccounts } from "./qianjiang-2017-three-public-final-accounts";
import { layout as qianjinJms2024LinkageFundProjectPlan } from "./qianjin-jms-2024-linkage-fund-project-plan";
import { layout as qiannan2018PublicSpendingByFunction } from "./qiannan-2018-public-spending-by-function";
import { layout as qiannanCommerceGrain2018ThreePublicFinalAccounts } from "./qiannan-commerce-grain-2018-three-public-final-accounts";
import { layout as qiannanTcmHospital2016ThreePublicFinalAccounts } from "./qiannan-tcm-hospital-2016-three-public-final-accounts";
import { layout as qiantang2021LawEnforcementIncomeFinalAccounts } from "./qiantang-2021-law-enforcement-income-final-accounts";
import { layout as qiantang2023H1SpendingExecution } from "./qiantang-2023-h1-spending-execution";
import { layout as qijiang2023HighwayCentreGpbFinalAccounts } from "./qijiang-2023-highway-centre-gpb-final-accounts";
import { layout as qijiang2023ScaleUpAwardsAndClauses } from "./qijiang-2023-scale-up-awards-and-clauses";
import { layout as qinan2022FinanceBureauExpenditureFinalAccounts } from "./qinan-2022-finance-bureau-expenditure-final-accounts";
import { layout as qingchengTongchuan2024ThreePublicFinalAccounts } from "./qingcheng-tongchuan-2024-three-public-final-accounts";
import { layout as qingchuanQingxiTown2020ThreePublicFinal } from "./qingchuan-qingxi-town-2020-three-public-final";
import { layout as qingdao2016DistrictsOver10bnRevenue } from "./qingdao-2016-districts-over-10bn-revenue";
import { layout as qingdao2022ManufacturingUpgradeAwardRecommendations } from "./qingdao-2022-manufacturing-upgrade-award-recommendations";
import { layout as qingdao2022OutstandingEntrepreneurAwards } from "./qingdao-2022-outstanding-entrepreneur-awards";
import { layout as qingdao2026MunicipalThreePublicBudget } from "./qingdao-2026-municipal-three-public-budget";
import { layout as qingdaoCounty2021KeyIndustryMeasuresAndAwards } from "./qingdao-county-2021-key-industry-measures-and-awards";
import { layout as qingdaoHitech2021WildGoosePolicies } from "./qingdao-hitech-2021-wild-goose-policies";
import { layout as qinghai2012H1PublicSpendingByPrefecture } from "./qinghai-2012-h1-public-spending-by-prefecture";
import { layout as qinghai2012JanAugSpendingByFunction } from "./qinghai-2012-jan-aug-spending-by-function";
import { layout as qinghai2012SanjiangyuanProjectTargets } from "./qinghai-2012-sanjiangyuan-project-targets";
import { layout as qinghai2016WaterInvestmentProgressAndTargets } from "./qinghai-2016-water-investment-progress-and-targets";
import { layout as qinghai2020Q1WaterProjectsInvestmentTargets } from "./qinghai-2020-q1-water-projects-investment-targets";
import { layout as qinghai2022CentralBudgetInvestmentMonitoringByYear } from "./qinghai-2022-central-budget-investment-monitoring-by-year";
import { layout as qinghai2024HuangshuiEcologicalRestorationFund } from "./qinghai-2024-huangshui-ecological-restoration-fund";
import { layout as qinghaiGrasslandRewardFundByUse } from "./qinghai-grassland-reward-fund-by-use";
import { layout as qinghaiSrdiBatch7RecognitionAndBatch4Review } from "./qinghai-srdi-batch7-recognition-and-batch4-review";
import { layout as qingjian2021OrchardRoadTargetForm } from "./qingjian-2021-orchard-road-target-form";
import { layout as qingliu2024RuralDemoVillageFundAllocation } from "./qingliu-2024-rural-demo-village-fund-allocation";
import { layout as qingpu2020CivilAviation } from "./qingpu-2020-civil-aviation";
import { layout as qingpuGreening2017ThreePublicFinal } from "./qingpu-greening-2017-three-public-final";
import { layout as qingshanWuhan2020EducationInfrastructureTargets } from "./qingshan-wuhan-2020-education-infrastructure-targets";
import { layout as qingshen2023SelfevalSichuan } from "./qingshen-2023-selfeval-sichuan";
import { layout as qingyang2022CountyProgressDoubleAward } from "./qingyang-2022-county-progress-double-award";
import { layout as qingyang2023AviationClusterSmeFundNominees } from "./qingyang-2023-aviation-cluster-sme-fund-nominees";
import { layout as qingyang2023CultureTourismBrandAwards } from "./qingyang-2023-culture-tourism-brand-awards";
import { layout as qingyang2023InvestmentPromotionIncentivesAndAwards } from "./qingyang-2023-investment-promotion-incentives-and-awards";
import { layout as qingyangAudit2022ThreePublicBudget } from "./qingyang-audit-2022-three-public-budget";
import { layout as qinshui2024LinkageBatch10Payments } from "./qinshui-2024-linkage-batch10-payments";
import { layout as qintang2017VillageRoadOneMatterProgress } from "./qintang-2017-village-road-one-matter-progress";
import { layout as qinzhou2017Batch1PovertyFundPlan } from "./qinzhou-2017-batch1-poverty-fund-plan";
import { layout as qiongzhong2020BudgetExecutionSummary } from "./qiongzhong-2020-budget-execution-summary";
import { layout as qiongzhong2024WanlingStandardFactorySelfeval } from "./qiongzhong-2024-wanling-standard-factory-selfeval";
import { layout as qiongzhong2025MajorProjectsCentreGpbBudget } from "./qiongzhong-2025-major-projects-centre-gpb-budget";
import { layout as qiongzhongNr2022GpbIncomeExpenditureFinalAccounts } from "./qiongzhong-nr-2022-gpb-income-expenditure-final-accounts";
import { layout as qitaihe2022DigitalEconomyMeasuresAwards } from "./qitaihe-2022-digital-economy-measures-awards";
import { layout as quangang2023GeneralBudgetFinalAccounts } from "./quangang-2023-general-budget-final-accounts";
import { layout as quannan2024IndustryPolicies } from "./quannan-2024-industry-policies";
import { layout as quannanPeoplesHospital2023GpbExpenditureFinal } from "./quannan-peoples-hospital-2023-gpb-expenditure-final";
import { layout as quanzhou2018DemoVillageAwardsAndTargets } from "./quanzhou-2018-demo-village-awards-and-targets";
import { layout as quanzhou2018ProvincialBudgetInvestmentBatch1 } from "./quanzhou-2018-provincial-budget-investment-batch1";
import { layout as quanzhou2019ProvincialBudgetInvestmentSocialProjects } from "./quanzhou-2019-provincial-budget-investment-social-projects";
import { layout as quanzhou2022IndustryTownOneVillageAllocation } from "./quanzhou-2022-industry-town-one-village-allocation";
import { layout as quanzhou2023MunicipalGeneralBudgetFinalBalance } from "./quanzhou-2023-municipal-general-budget-final-balance";
import { layout as quanzhou2023Q1LocalRevenueProgress } from "./quanzhou-2023-q1-local-revenue-progress";
import { layout as quanzhou2024WholeTownAdvanceAwardsAllocation } from "./quanzhou-2024-whole-town-advance-awards-allocation";
import { layout as quanzhou2025AgriCertificationAwardAllocation } from "./quanzhou-2025-agri-certification-award-allocation";
import { layout as quanzhou2026ModernAgriParkLinkageAllocation } from "./quanzhou-2026-modern-agri-park-linkage-allocation";
import { layout as qujiang2016ThreePublicFinalTwoYearComparison } from "./qujiang-2016-three-public-final-two-year-comparison";
import { layout as qujiang2023EconBureauThreePublicFinalAccounts } from "./qujiang-2023-econ-bureau-three-public-final-accounts";
import { layout as qujiangDazhou2020TownshipGpbExpenditureBudget } from "./qujiang-dazhou-2020-township-gpb-expenditure-budget";
import { layout as quxian2024AgriTechCentreThreePublic } from "./quxian-2024-agri-tech-centre-three-public";
import { layout as quxian2025H1GeneralBudgetSpendingExecution } from "./quxian-2025-h1-general-budget-spending-execution";
import { layout as quzhou2019BigCommerceRatedAwards } from "./quzhou-2019-big-commerce-rated-awards";
import { layout as renshou2022GeneralRevenueTwoCuts } from "./renshou-2022-general-revenue-two-cuts";
import { layout as renshou2025TransportBureauThreePublicBudget } from "./renshou-2025-transport-bureau-three-public-budget";
import { layout as renshouZhangjia2022ThreePublicFinalAccounts } from "./renshou-zhangjia-2022-three-public-final-accounts";
import { layout as researchBudgetSourcesFirstFsou } from "./research-budget-sources-first-fsou";
import { layout as rizhao2016RegionalStrategyFundEvaluationScores } from "./rizhao-2016-regional-strategy-fund-evaluation-scores";
import { layout as rongchang2022ForestryGreeningProjectTargets } from "./rongchang-2022-forestry-greening-project-targets";
import { layout as rongchang2022ReservoirResettlementFund } from "./rongchang-2022-reservoir-resettlement-fund";
import { layout as rongchang2023DrcGpbAppropriationBudget } from "./rongchang-2023-drc-gpb-appropriation-budget";
import { layout as rongchang2023SanitationOfficeExpenditureFinalAccounts } from "./rongchang-2023-sanitation-office-expenditure-final-accounts";
import { layout as rongchangGuangshun2025GpbExpenditureBudget } from "./rongchang-guangshun-2025-gpb-expenditure-budget";
import { layout as rongchangInvestmentResearchCentre2026GpbExpenditureBudget } from "./rongchang-investment-research-centre-2026-gpb-expenditure-budget";
import { layout as rongchangTransportCommission2026RevenueBudgetChange } from "./rongchang-transport-commission-2026-revenue-budget-change";
import { layout as rongchangZhisheng2022ThreePublicFinalAccounts } from "./rongchang-zhisheng-2022-three-public-final-accounts";
import { layout as ruian2022ReliefPolicyCompendiumAwards } from "./ruian-2022-relief-policy-compendium-awards";
import { layout as sanming2018H1FiscalExpenditureProgress } from "./sanming-2018-h1-fiscal-expenditure-progress";
import { layout as sanming2022HistoricBuildingRepairAwards } from "./sanming-2022-historic-building-repair-awards";
import { layout as sanya2020GeneralBudgetFinalAccountsBalance } from "./sanya-2020-general-budget-final-accounts-balance";
import { layout as sanya2021FiscalFinalAccountsSummary } from "./sanya-2021-fiscal-final-accounts-summary";
import { layout as sanyaHousing2023ThreePublicFinalAccount } from "./sanya-housing-2023-three-public-final-account";
import { layout as scau2020JulTreasurySpendingProgress } from "./scau-2020-jul-treasury-spending-progress";
import { layout as sciTech2011EvaluationSampleProjects } from "./sci-tech-2011-evaluation-sample-projects";
import { layout as selfeval2020ProportionalScoringDoczj } from "./selfeval-2020-proportional-scoring-doczj";
import { layout as semi2016JulProjectExecution } from "./semi-2016-jul-project-execution";
import { layout as shaannan2022DevelopmentFundAllocationByCity } from "./shaannan-2022-development-fund-allocation-by-city";
import { layout as shaanxi2009EquipmentManufacturingFundBatch1Plan } from "./shaanxi-2009-equipment-manufacturing-fund-batch1-plan";
import { layout as shaanxi2010PilotDepartmentsThreePublicSpending } from "./shaanxi-2010-pilot-departments-three-public-spending";
import { layout as shaanxi2016PovertyFundCountyBlocksByCity } from "./shaanxi-2016-poverty-fund-county-blocks-by-city";
import { layout as shaanxi2018GazelleEnterpriseSupportList } from "./shaanxi-2018-gazelle-enterprise-support-list";
import { layout as shaanxi20212023LinkageFundInputs } from "./shaanxi-2021-2023-linkage-fund-inputs";
import { layout as shaanxi2021H1GeneralBudgetExpenditureExecution } from "./shaanxi-2021-h1-general-budget-expenditure-execution";
import { layout as shaanxi2021SingleChampionAwardAllocation } from "./shaanxi-2021-single-champion-award-allocation";
import { layout as shaanxi2022KeyCountyLinkageFunds } from "./shaanxi-2022-key-county-linkage-funds";
import { layout as shaanxi2022SpecialtyParksBatch2Award } from "./shaanxi-2022-specialty-parks-batch2-award";
import { layout as shaanxi2023SmeCloudPlatformSubsidyList } from "./shaanxi-2023-sme-cloud-platform-subsidy-list";
import { layout as shaanxi2024OldAreaLotteryCountyAllocation } from "./shaanxi-2024-old-area-lottery-county-allocation";
import { layout as shaanxiTechReformAdvancedUnitsAward } from "./shaanxi-tech-reform-advanced-units-award";
import { layout as shandong2013ProvinceThreePublicAccounts } from "./shandong-2013-province-three-public-accounts";
import { layout as shandong2013TwoZonesOneCircleBlockFunds } from "./shandong-2013-two-zones-one-circle-block-funds";
import { layout as shandong2014OctPublicSpendingProgress } from "./shandong-2014-oct-public-spending-progress";
import { layout as shandong2015CollegeInnovationContestAwards } from "./shandong-2015-college-innovation-contest-awards";
import { layout as shandong2015H1GeneralBudgetProgress } from "./shandong-2015-h1-general-budget-progress";
import { layout as shandong2017AgriDevelopmentEarlyRelease } from "./shandong-2017-agri-development-early-release";
import { layout as shandong2017ProvincialThreePublicFinalVsBudget } from "./shandong-2017-provincial-three-public-final-vs-budget";
import { layout as shandong2017RelocationCentralInvestmentCounties } from "./shandong-2017-relocation-central-investment-counties";
import { layout as shandong2017SingleChampionAward } from "./shandong-2017-single-champion-award";
import { layout as shandong2019AdvancedManufacturingClusters } from "./shandong-2019-advanced-manufacturing-clusters";
import { layout as shandong2019PigCountyProvincialAward } from "./shandong-2019-pig-county-provincial-award";
import { layout as shandong2020H1GeneralBudgetExecution } from "./shandong-2020-h1-general-budget-execution";
import { layout as shandong2020JanMayMajorProjectsInvestmentProgress } from "./shandong-2020-jan-may-major-projects-investment-progress";
import { layout as shandong2020SingleChampionBatch4AndReviewLists } from "./shandong-2020-single-champion-batch4-and-review-lists";
import { layout as shandong2020SmeHitechUpgradeSubsidyList } from "./shandong-2020-sme-hitech-upgrade-subsidy-list";
import { layout as shandong2021FeatureClusterTop10Awards } from "./shandong-2021-feature-cluster-top10-awards";
import { layout as shandong2021H1HuiminSubsidyOneCard } from "./shandong-2021-h1-huimin-subsidy-one-card";
import { layout as shandong2021H1ProvincialKeyProjectsInvestmentProgress } from "./shandong-2021-h1-provincial-key-projects-investment-progress";
import { layout as shandong2021JanJulMajorProjectsByFieldProgress } from "./shandong-2021-jan-jul-major-projects-by-field-progress";
import { layout as shandong2021PatentAwardMeasuresAndList } from "./shandong-2021-patent-award-measures-and-list";
import { layout as shandong2021PrivateEconomyCarrierAwards } from "./shandong-2021-private-economy-carrier-awards";
import { layout as shandong2022ProvincialThreePublicFinalAccounts } from "./shandong-2022-provincial-three-public-final-accounts";
import { layout as shandong2022SpecialtyIndustryClusterList } from "./shandong-2022-specialty-industry-cluster-list";
import { layout as shandong2024RdPostSubsidyList } from "./shandong-2024-rd-post-subsidy-list";
import { layout as shandongHighTechSmeFirstBatchSubsidyByField } from "./shandong-high-tech-sme-first-batch-subsidy-by-field";
import { layout as shandongHitechEnterpriseAwardPoliciesAndHuantaiList } from "./shandong-hitech-enterprise-award-policies-and-huantai-list";
import { layout as shandongPolytechnic2018ThreePublicBudget } from "./shandong-polytechnic-2018-three-public-budget";
import { layout as shandongPolytechnic2019GpbExpenditureFinal } from "./shandong-polytechnic-2019-gpb-expenditure-final";
import { layout as shangcheng2021GeneralRevenueFinalAccounts } from "./shangcheng-2021-general-revenue-final-accounts";
import { layout as shanghai2010MunicipalDepartmentsBudgetSummary } from "./shanghai-2010-municipal-departments-budget-summary";
import { layout as shanghai2010MunicipalKeySpendingBudget } from "./shanghai-2010-municipal-key-spending-budget";
import { layout as shanghai2013MunicipalThreePublicBudget } from "./shanghai-2013-municipal-three-public-budget";
import { layout as shanghai2014JanSepPublicSpendingExecution } from "./shanghai-2014-jan-sep-public-spending-execution";
import { layout as shanghai2016MunicipalGeneralRevenueExecution } from "./shanghai-2016-municipal-general-revenue-execution";
import { layout as shanghai2019GeneralBudgetRevenueTotal } from "./shanghai-2019-general-budget-revenue-total";
import { layout as shanghai2021GeneralBudgetExecution } from "./shanghai-2021-general-budget-execution";
import { layout as shanghai2021MunicipalThreePublicFinalAccounts } from "./shanghai-2021-municipal-three-public-final-accounts";
import { layout as shanghai2022CentralGuidedSciTechFundBatch1List } from "./shanghai-2022-central-guided-sci-tech-fund-batch1-list";
import { layout as shanghai2022SepIndustrySupportMeasuresAwards } from "./shanghai-2022-sep-industry-support-measures-awards";
import { layout as shanghai2023NationalProgrammeLocalMatchingBatch2 } from "./shanghai-2023-national-programme-local-matching-batch2";
import { layout as shanghai2024MunicipalGeneralBudgetFinalAccounts } from "./shanghai-2024-municipal-general-budget-final-accounts";
import { layout as shanghai2025ApplianceDigitalTradeinSubsidyRules } from "./shanghai-2025-appliance-digital-tradein-subsidy-rules";
import { layout as shanglin20132015WorkReliefRoadPayments } from "./shanglin-2013-2015-work-relief-road-payments";
import { layout as shangqiu2019PovertyFundBatch2 } from "./shangqiu-2019-poverty-fund-batch2";
import { layout as shangqiu2019PreschoolFeeAidBatch2Allocation } from "./shangqiu-2019-preschool-fee-aid-batch2-allocation";
import { layout as shangqiu2020WaterDevelopmentFundAllocation } from "./shangqiu-2020-water-development-fund-allocation";
import { layout as shangyouCppcc2022ThreePublicFinalAccounts } from "./shangyou-cppcc-2022-three-public-final-accounts";
import { layout as shannan2012OctFixedAssetInvestmentProgress } from "./shannan-2012-oct-fixed-asset-investment-progress";
import { layout as shanxi2011JanMayFiscalExecution } from "./shanxi-2011-jan-may-fiscal-execution";
import { layout as shanxi2014JanAprKeyProjectsProgressByClass } from "./shanxi-2014-jan-apr-key-projects-progress-by-class";
import { layout as shanxi2014TraditionalVillagesEnvironmentFund } from "./shanxi-2014-traditional-villages-environment-fund";
import { layout as shanxi2016KeyProjectsAnnualTargets } from "./shanxi-2016-key-projects-annual-targets";
import { layout as shanxi2017H1KeyProjectsByType } from "./shanxi-2017-h1-key-projects-by-type";
import { layout as shanxi2018CentralPilotBidCityAwards } from "./shanxi-2018-central-pilot-bid-city-awards";
import { layout as shanxi2018ProvincialKeyProjectsJanNovProgress } from "./shanxi-2018-provincial-key-projects-jan-nov-progress";
import { layout as shanxi2018RuralRevitalisationFundsByUseAndSource } from "./shanxi-2018-rural-revitalisation-funds-by-use-and-source";
import { layout as shanxi2019KeyProjectsAugustByCity } from "./shanxi-2019-key-projects-august-by-city";
import { layout as shanxi2019KeyProjectsMayProgress } from "./shanxi-2019-key-projects-may-progress";
import { layout as shanxi2020AgriStrongTownProjects } from "./shanxi-2020-agri-strong-town-projects";
import { layout as shanxi2020ProvincialLittleGiantFirmsPublicity } from "./shanxi-2020-provincial-little-giant-firms-publicity";
import { layout as shanxi2021GeneralBudgetRevenueExecution } from "./shanxi-2021-general-budget-revenue-execution";
import { layout as shanxi2021New4aScenicAreaAwards } from "./shanxi-2021-new-4a-scenic-area-awards";
import { layout as shanxi2021ProvincialKeyProjectsFirstBatchExcerpt } from "./shanxi-2021-provincial-key-projects-first-batch-excerpt";
import { layout as shanxi2022OldRevolutionaryAreaLotteryAllocation } from "./shanxi-2022-old-revolutionary-area-lottery-allocation";
import { layout as shanxi2022ProvincialSmeParksBatch1List } from "./shanxi-2022-provincial-sme-parks-batch1-list";
import { layout as shanxi2022SmeDemoCountyAssessmentAwards } from "./shanxi-2022-sme-demo-county-assessment-awards";
import { layout as shanxi2023ChainLeaderRecognitionAwards } from "./shanxi-2023-chain-leader-recognition-awards";
import { layout as shanxi2023ChainLeaderSupportingRateAwards } from "./shanxi-2023-chain-leader-supporting-rate-awards";
import { layout as shanxi2023EducationPowerCentralInvestmentByCity } from "./shanxi-2023-education-power-central-investment-by-city";
import { layout as shanxi2023EducationSpendingByCity } from "./shanxi-2023-education-spending-by-city";
import { layout as shanxi2023FloodReliefAllocation } from "./shanxi-2023-flood-relief-allocation";
import { layout as shanxi2023IndustrialChainIncentiveScheme } from "./shanxi-2023-industrial-chain-incentive-scheme";
import { layout as shanxi2024EquipmentRenewalAwardList } from "./shanxi-2024-equipment-renewal-award-list";
import { layout as shanxiPrivateEconomyFundMeasures } from "./shanxi-private-economy-fund-measures";
import { layout as shanxiZonggai2023AdvancedManufacturingEquipmentSubsidy } from "./shanxi-zonggai-2023-advanced-manufacturing-equipment-subsidy";
import { layout as shanxiZonggai2025IndustryMeasures } from "./shanxi-zonggai-2025-industry-measures";
import { layout as shanyang2014LivelihoodAndKeyProjectsSpending } from "./shanyang-2014-livelihood-and-key-projects-spending";
import { layout as shaodongWeijiaqiao2021BasicExpenditureFinalAccounts } from "./shaodong-weijiaqiao-2021-basic-expenditure-final-accounts";
import { layout as shaoyangBeita2020PovertyFundBatch1VillagePlan } from "./shaoyang-beita-2020-poverty-fund-batch1-village-plan";
import { layout as shapingba2017GeneralBudgetFinalBalance } from "./shapingba-2017-general-budget-final-balance";
import { layout as shapingbaProcuratorate2016GpbExpenditureFinal } from "./shapingba-procuratorate-2016-gpb-expenditure-final";
import { layout as shapotou2021MinorityDevelopmentFundPlan } from "./shapotou-2021-minority-development-fund-plan";
import { layout as shapotou2024ForestryLoanInterest } from "./shapotou-2024-forestry-loan-interest";
import { layout as shawan2024AnjihaiWorkReliefTargets } from "./shawan-2024-anjihai-work-relief-targets";
import { layout as shayang2022CountyGeneralBudgetExecution } from "./shayang-2022-county-general-budget-execution";
import { layout as shenfu2022PolicySupportPayments } from "./shenfu-2022-policy-support-payments";
import { layout as shengzhou2022IndustrialPolicy } from "./shengzhou-2022-industrial-policy";
import { layout as shennongjia2022LinkageProjectsCompletion } from "./shennongjia-2022-linkage-projects-completion";
import { layout as shenshan2022GpbExpenditureFinalAccounts } from "./shenshan-2022-gpb-expenditure-final-accounts";
import { layout as shenshan2023GpbExpenditureFinalAccounts } from "./shenshan-2023-gpb-expenditure-final-accounts";
import { layout as shenyang2008RuralPovertyFundCountyAllocation } from "./shenyang-2008-rural-poverty-fund-county-allocation";
import { layout as shenyang2018PrivateEconomyMeasures } from "./shenyang-2018-private-economy-measures";
import { layout as shenyang2025ConstructionFirmAwards } from "./shenyang-2025-construction-firm-awards";
import { layout as shenyangDistrictFinanceTradeSupportClauses } from "./shenyang-district-finance-trade-support-clauses";
import { layout as shenzhen2018RdFundingBatch2List } from "./shenzhen-2018-rd-funding-batch2-list";
import { layout as shenzhen2021IndustrialDesignAwards } from "./shenzhen-2021-industrial-design-awards";
import { layout as shenzhen2023HitechCultivationBatch4List } from "./shenzhen-2023-hitech-cultivation-batch4-list";
import { layout as shenzhen2023Q2CapacityExpansionAwards } from "./shenzhen-2023-q2-capacity-expansion-awards";
import { layout as shenzhen2023SmeDevelopmentSupportCatalog } from "./shenzhen-2023-sme-development-support-catalog";
import { layout as shenzhen2024TechreformBatch4FundingSummary } from "./shenzhen-2024-techreform-batch4-funding-summary";
import { layout as shibeiping2022GpbExpenditureByItem } from "./shibeiping-2022-gpb-expenditure-by-item";
import { layout as shidian2016ThreePublicFinalAccounts } from "./shidian-2016-three-public-final-accounts";
import { layout as shijiazhuang2011IndustryAccelerationFundSplit } from "./shijiazhuang-2011-industry-acceleration-fund-split";
import { layout as shijiazhuang2022HighTechLandingAward } from "./shijiazhuang-2022-high-tech-landing-award";
import { layout as shijiazhuang2022RdPostSubsidyAllocation } from "./shijiazhuang-2022-rd-post-subsidy-allocation";
import { layout as shijiazhuang2023EquipmentManufacturingMeasuresAwards } from "./shijiazhuang-2023-equipment-manufacturing-measures-awards";
import { layout as shijiazhuangEtdz20172018PilotFundPlan } from "./shijiazhuang-etdz-2017-2018-pilot-fund-plan";
import { layout as shijiazhuangHitech2018IncubatorAwardClauses } from "./shijiazhuang-hitech-2018-incubator-award-clauses";
import { layout as shijingshan2022IndustrialInternetSupportAwards } from "./shijingshan-2022-industrial-internet-support-awards";
import { layout as shilongIndustrialUpgradeMeasuresDraft } from "./shilong-industrial-upgrade-measures-draft";
import { layout as shitanNanjiang2018VillageRoadSubsidyAllocation } from "./shitan-nanjiang-2018-village-road-subsidy-allocation";
import { layout as shizhu2021GeneralBudgetExpenditureExecution } from "./shizhu-2021-general-budget-expenditure-execution";
import { layout as shizhuCq2021CollapsedHousingRebuildSubsidyByTown } from "./shizhu-cq-2021-collapsed-housing-rebuild-subsidy-by-town";
import { layout as shouxian2023DepartmentOverallSelfeval } from "./shouxian-2023-department-overall-selfeval";
import { layout as shouxian2023RelicsCentreThreePublicFinalAccounts } from "./shouxian-2023-relics-centre-three-public-final-accounts";
import { layout as shouxianJustice2022ThreePublicBudget } from "./shouxian-justice-2022-three-public-budget";
import { layout as shuangcheng2019PigCountyColdChainTruckAward } from "./shuangcheng-2019-pig-county-cold-chain-truck-award";
import { layout as shuangliu2025IndustrialParkPolicyCatalog } from "./shuangliu-2025-industrial-park-policy-catalog";
import { layout as shuangqiaoCq2021TrafficOrderProjectSelfeval } from "./shuangqiao-cq-2021-traffic-order-project-selfeval";
import { layout as shuangta2022PrivateElderlyCareOperatingSubsidy } from "./shuangta-2022-private-elderly-care-operating-subsidy";
import { layout as sianHospital2016ExpenditureFinalAccounts } from "./sian-hospital-2016-expenditure-final-accounts";
import { layout as sichuan2014KeyAreaDevelopmentSubsidy } from "./sichuan-2014-key-area-development-subsidy";
import { layout as sichuan2014ProvincialThreePublicFinal } from "./sichuan-2014-provincial-three-public-final";
import { layout as sichuan2018HighGrowthLittleGiantCultivationList } from "./sichuan-2018-high-growth-little-giant-cultivation-list";
import { layout as sichuan2018LotteryFundOldAreaUse } from "./sichuan-2018-lottery-fund-old-area-use";
import { layout as sichuan2020CentralBudgetInvestmentByField } from "./sichuan-2020-central-budget-investment-by-field";
import { layout as sichuan2020KeySpendingBudgetCompletion } from "./sichuan-2020-key-spending-budget-completion";
import { layout as sichuan2021HundredLargeGroupsList } from "./sichuan-2021-hundred-large-groups-list";
import { layout as sichuan2021RuralRevitalisationAwardStandardsAndList } from "./sichuan-2021-rural-revitalisation-award-standards-and-list";
import { layout as sichuan2021StadiumFreeOpeningFundProgress } from "./sichuan-2021-stadium-free-opening-fund-progress";
import { layout as sichuan2022ChainLeaderProjectSupport } from "./sichuan-2022-chain-leader-project-support";
import { layout as sichuan2022LargeEnterpriseLeapIncentiveAllocation } from "./sichuan-2022-large-enterprise-leap-incentive-allocation";
import { layout as sichuan2022SelfevalSalary } from "./sichuan-2022-selfeval-salary";
import { layout as sichuan2023H1DirectFundsSpendingProgress } from "./sichuan-2023-h1-direct-funds-spending-progress";
import { layout as sichuan2023SmeFundBatch4Allocation } from "./sichuan-2023-sme-fund-batch4-allocation";
import { layout as sichuan2023TechInnovationLeadingFirmsList } from "./sichuan-2023-tech-innovation-leading-firms-list";
import { layout as sichuan2025AgriIndustrialisationLoanInterestSubsidy } from "./sichuan-2025-agri-industrialisation-loan-interest-subsidy";
import { layout as sichuan2025ScaleUpIncentiveClauses } from "./sichuan-2025-scale-up-incentive-clauses";
import { layout as sichuanFinanceDept2014ThreePublicBudget } from "./sichuan-finance-dept-2014-three-public-budget";
import { layout as sichuanInvestmentAttractionAwardRulesAndList } from "./sichuan-investment-attraction-award-rules-and-list";
import { layout as sip2024TechUpgradeLoanInterestSubsidy } from "./sip-2024-tech-upgrade-loan-interest-subsidy";
import { layout as sipac2021Q3ManufacturingKeyEnterprises } from "./sipac-2021-q3-manufacturing-key-enterprises";
import { layout as songbei2024AgriProcessingWorkingCapitalInterestSubsidy } from "./songbei-2024-agri-processing-working-capital-interest-subsidy";
import { layout as songyang2023LeadingAgriFirmLoanInterest } from "./songyang-2023-leading-agri-firm-loan-interest";
import { layout as sucheng2016IndustrialTransformationSupport } from "./sucheng-2016-industrial-transformation-support";
import { layout as sucheng2022BudgetExecution } from "./sucheng-2022-budget-execution";
import { layout as suichang2022SpecialisedSmeHelpAllocation } from "./suichang-2022-specialised-sme-help-allocation";
import { layout as suifenhe2018GeneralBudgetExpenditure } from "./suifenhe-2018-general-budget-expenditure";
import { layout as suifenhe2019TaxRebateAndTransfersBudget } from "./suifenhe-2019-tax-rebate-and-transfers-budget";
import { layout as suifenheFtzBorderTrade2023ThreePublicBudget } from "./suifenhe-ftz-border-trade-2023-three-public-budget";
import { layout as suifenheFuning2022ProjectPerformanceTargets } from "./suifenhe-funing-2022-project-performance-targets";
import { layout as suifenheRenda2019ProjectSelfeval } from "./suifenhe-renda-2019-project-selfeval";
import { layout as suining20152017SpongeCityPilotProjects } from "./suining-2015-2017-sponge-city-pilot-projects";
import { layout as suixi2022ReservoirReinforcementSelfeval } from "./suixi-2022-reservoir-reinforcement-selfeval";
import { layout as suixian2019ForestryBasicExpenditureFinalAccounts } from "./suixian-2019-forestry-basic-expenditure-final-accounts";
import { layout as suizhouPolice2019EquipmentProjectSelfeval } from "./suizhou-police-2019-equipment-project-selfeval";
import { layout as sujiadang2022ThreePublicFinalAccounts } from "./sujiadang-2022-three-public-final-accounts";
import { layout as suqian2014CoBuiltParksAssessmentAwards } from "./suqian-2014-co-built-parks-assessment-awards";
import { layout as suqian2023ThousandBillionIndustryAwards } from "./suqian-2023-thousand-billion-industry-awards";
import { layout as suzhou2016MunicipalRevenueExecution } from "./suzhou-2016-municipal-revenue-execution";
import { layout as suzhouAh2023RdInputAwardList } from "./suzhou-ah-2023-rd-input-award-list";
import { layout as suzhouInnovationClusterCarrierGrants } from "./suzhou-innovation-cluster-carrier-grants";
import { layout as suzhouSip2017OtcListingAwardBatch2 } from "./suzhou-sip-2017-otc-listing-award-batch2";
import { layout as suzhouSpecialisedSmeAwardCatalog } from "./suzhou-specialised-sme-award-catalog";
import { layout as suzhouXiangcheng2025TechAgricultureProjects } from "./suzhou-xiangcheng-2025-tech-agriculture-projects";
import { layout as tacheng2017AidProjectsByCounty } from "./tacheng-2017-aid-projects-by-county";
import { layout as tacheng2025LinkageSurplusBatch3Plan } from "./tacheng-2025-linkage-surplus-batch3-plan";
import { layout as taijiang2010RuralHousingBatchesInvestmentBySource } from "./taijiang-2010-rural-housing-batches-investment-by-source";
import { layout as taishang2022GeneralPublicServicesFinalAccounts } from "./taishang-2022-general-public-services-final-accounts";
import { layout as taiyuan2023SpecialisedFirmsMatchingAward } from "./taiyuan-2023-specialised-firms-matching-award";
import { layout as taizhou2023AgriSustainabilityBatch2Projects } from "./taizhou-2023-agri-sustainability-batch2-projects";
import { layout as taojiang2019DeptThreePublicFinalAccounts } from "./taojiang-2019-dept-three-public-final-accounts";
import { layout as targetApplication2021ScoredIndicatorsGxglmes } from "./target-application-2021-scored-indicators-gxglmes";
import { layout as teda2022HitechRecognitionAwardsCatalogAndList } from "./teda-2022-hitech-recognition-awards-catalog-and-list";
import { layout as threeColumnLedgerUcaimi } from "./three-column-ledger-ucaimi";
import { layout as tianchangWater2022FloodControlSelfeval } from "./tianchang-water-2022-flood-control-selfeval";
import { layout as tianhe2020HighQualityEconomyPolicyCatalog } from "./tianhe-2020-high-quality-economy-policy-catalog";
import { layout as tianjin2009ExpandedDemandCentralInvestmentBatch3 } from "./tianjin-2009-expanded-demand-central-investment-batch3";
import { layout as tianjin2019AffordableHousingInfrastructureSubsidyAllocation } from "./tianjin-2019-affordable-housing-infrastructure-subsidy-allocation";
import { layout as tianjin2021RuralEnvironmentCentralFundProject } from "./tianjin-2021-rural-environment-central-fund-project";
import { layout as tianjin2021SciTechIndustryInstituteTargets } from "./tianjin-2021-sci-tech-industry-institute-targets";
import { layout as tianjin2022GuaranteeFeeSubsidyAllocation } from "./tianjin-2022-guarantee-fee-subsidy-allocation";
import { layout as tianjin2022RuralCleanHeatingOperationAdvanceByDistrict } from "./tianjin-2022-rural-clean-heating-operation-advance-by-district";
import { layout as tianjin2022SmartManufacturingBatch2BudgetByDistrict } from "./tianjin-2022-smart-manufacturing-batch2-budget-by-district";
import { layout as tianjin2022StabiliseEconomyFiscalMeasuresCatalog } from "./tianjin-2022-stabilise-economy-fiscal-measures-catalog";
import { layout as tianjin2023JanMayChuyingFirmsRegister } from "./tianjin-2023-jan-may-chuying-firms-register";
import { layout as tianjin2023ManufacturingInvestmentSupport } from "./tianjin-2023-manufacturing-investment-support";
import { layout as tianjin2023MunicipalGeneralBudgetExecution } from "./tianjin-2023-municipal-general-budget-execution";
import { layout as tianjin2024MunicipalGpbSpendingByFunction } from "./tianjin-2024-municipal-gpb-spending-by-function";
import { layout as tianjinAudit2022ProjectExpenditureFinalAccounts } from "./tianjin-audit-2022-project-expenditure-final-accounts";
import { layout as tianjinBaodi2020HeatingSubsidyBondSelfeval } from "./tianjin-baodi-2020-heating-subsidy-bond-selfeval";
import { layout as tianjinBaodi2021GeneralBudgetFinalAccounts } from "./tianjin-baodi-2021-general-budget-final-accounts";
import { layout as tianjinBinhai2009KeyProjectLoanInterestBatch1 } from "./tianjin-binhai-2009-key-project-loan-interest-batch1";
import { layout as tianjinBinhai2022GeneralBudgetFinalAccounts } from "./tianjin-binhai-2022-general-budget-final-accounts";
import { layout as tianjinBinhai2023OceanBureauProjectExpenditure } from "./tianjin-binhai-2023-ocean-bureau-project-expenditure";
import { layout as tianjinBinhaiEducation2022GpbExpenditureFinalAccounts } from "./tianjin-binhai-education-2022-gpb-expenditure-final-accounts";
import { layout as tianjinBondedZoneQualityGrowthMeasures } from "./tianjin-bonded-zone-quality-growth-measures";
import { layout as tianjinCppccOffice2025ThreePublicBudget } from "./tianjin-cppcc-office-2025-three-public-budget";
import { layout as tianjinDongli2022BudgetExecutionEstimate } from "./tianjin-dongli-2022-budget-execution-estimate";
import { layout as tianjinEcoCity2024FiscalFinalAccounts } from "./tianjin-eco-city-2024-fiscal-final-accounts";
import { layout as tianjinGreenFactoryRegionalIncentiveCatalog } from "./tianjin-green-factory-regional-incentive-catalog";
import { layout as tianjinHitech2016OutstandingFirmsAwards } from "./tianjin-hitech-2016-outstanding-firms-awards";
import { layout as tianjinNpcStandingOffice2025GpbExpenditure } from "./tianjin-npc-standing-office-2025-gpb-expenditure";
import { layout as tianjinPortFtz2020MarineIndustryPoliciesAndAwards } from "./tianjin-port-ftz-2020-marine-industry-policies-and-awards";
import { layout as tianjinPortFtz2023AdvancedManufacturingPolicies } from "./tianjin-port-ftz-2023-advanced-manufacturing-policies";
import { layout as tianjinProcuratorate2024ThreePublicExpenses } from "./tianjin-procuratorate-2024-three-public-expenses";
import { layout as tianjinTransportGroup2022ThreePublicFinalAccounts } from "./tianjin-transport-group-2022-three-public-final-accounts";
import { layout as tianjinWuqing2023GpbSpendingExecution } from "./tianjin-wuqing-2023-gpb-spending-execution";
import { layout as tianjinWuqing2024GeneralBudgetSpendingExecution } from "./tianjin-wuqing-2024-general-budget-spending-execution";
import { layout as tianjinWuqingHexiwu2023ThreePublicBudget } from "./tianjin-wuqing-hexiwu-2023-three-public-budget";
import { layout as tianshanUrumqi2013ThreePublicBudgetFinal } from "./tianshan-urumqi-2013-three-public-budget-final";
import { layout as tianshanUrumqi2019ThreePublicFinalAccounts } from "./tianshan-urumqi-2019-three-public-final-accounts";
import { layout as tianshui2011CitySpecialFundsBatch1 } from "./tianshui-2011-city-special-funds-batch1";
import { layout as tianshui2019IndustrialStrongCityAwards } from "./tianshui-2019-industrial-strong-city-awards";
import { layout as tianshui2021FoodTestingSamplingFundSelfeval } from "./tianshui-2021-food-testing-sampling-fund-selfeval";
import { layout as tianshui2024EcoEnvGpbFinalAccounts } from "./tianshui-2024-eco-env-gpb-final-accounts";
import { layout as tianshuiKindergarten2017FinalAccounts } from "./tianshui-kindergarten-2017-final-accounts";
import { layout as tianzhu2010RuralDrinkingWaterFunding } from "./tianzhu-2010-rural-drinking-water-funding";
import { layout as tianzhu2023Q2ProjectStartByInvestor } from "./tianzhu-2023-q2-project-start-by-investor";
import { layout as tieling2025IndustryStrongCityPolicyAwards } from "./tieling-2025-industry-strong-city-policy-awards";
import { layout as tielingCounty2023FundSeekingProjects } from "./tieling-county-2023-fund-seeking-projects";
import { layout as tinghu2021AutumnStrawRemovalAwards } from "./tinghu-2021-autumn-straw-removal-awards";
import { layout as tongchuan2016WorkReliefPlanBatch1 } from "./tongchuan-2016-work-relief-plan-batch1";
import { layout as tonggu2026AgriDigitalFactoryReserve } from "./tonggu-2026-agri-digital-factory-reserve";
import { layout as tonghua2023Q3GrowthIncrementAward } from "./tonghua-2023-q3-growth-increment-award";
import { layout as tongliang2021GeneralBudgetBalance } from "./tongliang-2021-general-budget-balance";
import { layout as tongliang2023IndustrialTop20Fast20List } from "./tongliang-2023-industrial-top20-fast20-list";
import { layout as tongliang2024GeneralBudgetBalance } from "./tongliang-2024-general-budget-balance";
import { layout as tongliangAnju2021ThreePublicFinalAccounts } from "./tongliang-anju-2021-three-public-final-accounts";
import { layout as tongliangCq2023ForestryGrasslandReformFundAllocation } from "./tongliang-cq-2023-forestry-grassland-reform-fund-allocation";
import { layout as tongliangFinance2023ExpenditureFinalAccounts } from "./tongliang-finance-2023-expenditure-final-accounts";
import { layout as tongliangWeilong2021ThreePublicFinalAccounts } from "./tongliang-weilong-2021-three-public-final-accounts";
import { layout as tongliangXiaolin2022TownBudgetFinalAccounts } from "./tongliang-xiaolin-2022-town-budget-final-accounts";
import { layout as tongxinXiamaguan2023GrapeProjectTargets } from "./tongxin-xiamaguan-2023-grape-project-targets";
import { layout as tongzhouCultureTourismZone2023ThreePublicFinalAccounts } from "./tongzhou-culture-tourism-zone-2023-three-public-final-accounts";
import { layout as tongzhouSanitationCentre2023RefuseProjectSelfeval } from "./tongzhou-sanitation-centre-2023-refuse-project-selfeval";
import { layout as tongzhouZhongcang2024GpbExpenditure } from "./tongzhou-zhongcang-2024-gpb-expenditure";
import { layout as treasuryDirectPaymentRequest } from "./treasury-direct-payment-request";
import { layout as tujing2021ResettlementVillageRoadSelfeval } from "./tujing-2021-resettlement-village-road-selfeval";
import { layout as tuoli2023LinkageNewFundsProjects } from "./tuoli-2023-linkage-new-funds-projects";
import { layout as turpan2025H1BudgetExecution } from "./turpan-2025-h1-budget-execution";
import { layout as ulanqab2015FarmlandReturnCentralInvestmentAllocation } from "./ulanqab-2015-farmland-return-central-investment-allocation";
import { layout as ulanqab2018BeautifulVillageAwardAllocation } from "./ulanqab-2018-beautiful-village-award-allocation";
import { layout as uradFront2026RegularAssistanceAllocation } from "./urad-front-2026-regular-assistance-allocation";
import { layout as uradMiddle2021WaterSupplyTransferSelfeval } from "./urad-middle-2021-water-supply-transfer-selfeval";
import { layout as uradMiddle2023LinkageFundPayments } from "./urad-middle-2023-linkage-fund-payments";
import { layout as urumqi2013ObsoleteCapacityAward } from "./urumqi-2013-obsolete-capacity-award";
import { layout as urumqi2014H1FiscalLivelihoodExecution } from "./urumqi-2014-h1-fiscal-livelihood-execution";
import { layout as urumqi2023GovServiceCentreBasicExpenditure } from "./urumqi-2023-gov-service-centre-basic-expenditure";
import { layout as urumqi2024SpecialisedSmeRecognitionList } from "./urumqi-2024-specialised-sme-recognition-list";
import { layout as usc2017CentralSupportLocalUniversityTargets } from "./usc-2017-central-support-local-university-targets";
import { layout as village2024Q3ExpenseDisclosureRjut } from "./village-2024-q3-expense-disclosure-rjut";
import { layout as wanbei2021TransferZoneAssessmentAwards } from "./wanbei-2021-transfer-zone-assessment-awards";
import { layout as wanbei2022LoanInterestQuotaAllocation } from "./wanbei-2022-loan-interest-quota-allocation";
import { layout as wangcang2020WorkReliefOfficeThreePublicAccounts } from "./wangcang-2020-work-relief-office-three-public-accounts";
import { layout as wansheng2024BenefitSubsidyCatalog } from "./wansheng-2024-benefit-subsidy-catalog";
import { layout as weichang2023AgriFundIntegrationPlanSources } from "./weichang-2023-agri-fund-integration-plan-sources";
import { layout as weihai2022MarineProjectsQ3Investment } from "./weihai-2022-marine-projects-q3-investment";
import { layout as weinan2022AgriForestryWaterCentralProvincialFunds } from "./weinan-2022-agri-forestry-water-central-provincial-funds";
import { layout as weixiWeideng2023ThreePublicExpenses } from "./weixi-weideng-2023-three-public-expenses";
import { layout as weixin2016LotteryFundOldAreaProjects } from "./weixin-2016-lottery-fund-old-area-projects";
import { layout as wenchang2023Batch1GroundbreakingInvestment } from "./wenchang-2023-batch1-groundbreaking-investment";
import { layout as wenchang2025CultivatedLandProtectionSubsidyByTown } from "./wenchang-2025-cultivated-land-protection-subsidy-by-town";
import { layout as wenchangFiscalMeasuresRdInstitutionAwards } from "./wenchang-fiscal-measures-rd-institution-awards";
import { layout as wencheng2024ProjectReviewEvaluationGrades } from "./wencheng-2024-project-review-evaluation-grades";
import { layout as wengyuan2025SmallMicroUpscaleAwards } from "./wengyuan-2025-small-micro-upscale-awards";
import { layout as wenhuajieStreet2021ThreePublicFinal } from "./wenhuajie-street-2021-three-public-final";
import { layout as wenling2025VillageProgressPayment } from "./wenling-2025-village-progress-payment";
import { layout as wenquanStreet2022BasicExpenditureDetail } from "./wenquan-street-2022-basic-expenditure-detail";
import { layout as wenxian2021CountyResourcesFinalAccounts } from "./wenxian-2021-county-resources-final-accounts";
import { layout as wenzhou2019RuralNewMomentumPolicyAwards } from "./wenzhou-2019-rural-new-momentum-policy-awards";
import { layout as wenzhou2023TechInnovationPolicyAwards } from "./wenzhou-2023-tech-innovation-policy-awards";
import { layout as wenzhou2025MunicipalTechInnovationAwards } from "./wenzhou-2025-municipal-tech-innovation-awards";
import { layout as wenzhouIndustrialQualityOpinions } from "./wenzhou-industrial-quality-opinions";
import { layout as wubu2020IntegratedPovertyFundBatch1Plan } from "./wubu-2020-integrated-poverty-fund-batch1-plan";
import { layout as wucheng2025LinkageFundBatch2Projects } from "./wucheng-2025-linkage-fund-batch2-projects";
import { layout as wuchuan2021MinorityVillageFarmTargets } from "./wuchuan-2021-minority-village-farm-targets";
import { layout as wudiForeignTradeDevelopmentAwards } from "./wudi-foreign-trade-development-awards";
import { layout as wuhaiSupplyCoop2021RecyclingMarketTargets } from "./wuhai-supply-coop-2021-recycling-market-targets";
import { layout as wuhan2018RuralRoadProvincialSubsidyAllocation } from "./wuhan-2018-rural-road-provincial-subsidy-allocation";
import { layout as wuhan2020HeadquartersAwardFundPlan } from "./wuhan-2020-headquarters-award-fund-plan";
import { layout as wuhan2021HeadquartersAwardPlanList } from "./wuhan-2021-headquarters-award-plan-list";
import { layout as wuhan2023SpecialisedGrowthAwardRecommendations } from "./wuhan-2023-specialised-growth-award-recommendations";
import { layout as wuhan2024FirstAboveScaleIndustryAward } from "./wuhan-2024-first-above-scale-industry-award";
import { layout as wuhanEtdz2020PolicyPayoutSummary } from "./wuhan-etdz-2020-policy-payout-summary";
import { layout as wuhu2023RdDouble50Awards } from "./wuhu-2023-rd-double-50-awards";
import { layout as wuhua2021DistrictThreePublicFinalAccounts } from "./wuhua-2021-district-three-public-final-accounts";
import { layout as wujiang2022SciencePlanBatch44FinalPayment } from "./wujiang-2022-science-plan-batch44-final-payment";
import { layout as wujin2023ForeignExpertStudioAwards } from "./wujin-2023-foreign-expert-studio-awards";
import { layout as wulijisumu2023BorderResidentSubsidySelfeval } from "./wulijisumu-2023-border-resident-subsidy-selfeval";
import { layout as wulongBaimashan2021ThreePublicFinalAccounts } from "./wulong-baimashan-2021-three-public-final-accounts";
import { layout as wulongShizong2018RoadUpkeepSelfeval } from "./wulong-shizong-2018-road-upkeep-selfeval";
import { layout as wulongXiannvshan2019GpbExpenditureFinalAccounts } from "./wulong-xiannvshan-2019-gpb-expenditure-final-accounts";
import { layout as wuqia2021MainCanalSeepageProjectTargets } from "./wuqia-2021-main-canal-seepage-project-targets";
import { layout as wuqiang2020IntegratedAgriFundsProjectPlan } from "./wuqiang-2020-integrated-agri-funds-project-plan";
import { layout as wuqing2019SpecialisedSmeRecognitionAwards } from "./wuqing-2019-specialised-sme-recognition-awards";
import { layout as wushanGs2024CashCropStationProjectTargets } from "./wushan-gs-2024-cash-crop-station-project-targets";
import { layout as wushen2022H1BudgetExecution } from "./wushen-2022-h1-budget-execution";
import { layout as wushen2024H1GeneralBudgetRevenueExecution } from "./wushen-2024-h1-general-budget-revenue-execution";
import { layout as wusu2015TextileFirmsSupportPayout } from "./wusu-2015-textile-firms-support-payout";
import { layout as wutongqiao2024LinkageBatch2Arrangement } from "./wutongqiao-2024-linkage-batch2-arrangement";
import { layout as wutongqiao202601LinkageFundDisclosure } from "./wutongqiao-2026-01-linkage-fund-disclosure";
import { layout as wuwei2017SciTechInnovationMeasures } from "./wuwei-2017-sci-tech-innovation-measures";
import { layout as wuxi2019IotIndustrySupportPoliciesAwards } from "./wuxi-2019-iot-industry-support-policies-awards";
import { layout as wuxiCq2022GeneralBudgetExpenditureExecution } from "./wuxi-cq-2022-general-budget-expenditure-execution";
import { layout as wuxiang2022CountyThreePublicBudget } from "./wuxiang-2022-county-three-public-budget";
import { layout as wuxing2022RuralEnvironmentBatch2Funds } from "./wuxing-2022-rural-environment-batch2-funds";
import { layout as wuyuan2025LinkageFundTasks } from "./wuyuan-2025-linkage-fund-tasks";
import { layout as wuzhong2015TourismContributionAwards } from "./wuzhong-2015-tourism-contribution-awards";
import { layout as wuzhong2015TransformationGuideFundBatch2ForecastList } from "./wuzhong-2015-transformation-guide-fund-batch2-forecast-list";
import { layout as wuzhong2026FarmProjectSubsidyRecipients } from "./wuzhong-2026-farm-project-subsidy-recipients";
import { layout as wuzhou2023PerformanceCentreBasicExpenditure } from "./wuzhou-2023-performance-centre-basic-expenditure";
import { layout as wuzhouAgriTestingCentre2020ThreePublicFinalAccounts } from "./wuzhou-agri-testing-centre-2020-three-public-final-accounts";
import { layout as xauat2016BudgetIncomeExpenditureSummary } from "./xauat-2016-budget-income-expenditure-summary";
import { layout as xiajiang2023H1FiscalExecution } from "./xiajiang-2023-h1-fiscal-execution";
import { layout as xialu2023GpbExpenditureFinalAccounts } from "./xialu-2023-gpb-expenditure-final-accounts";
import { layout as xiamen2025SmeClusterCityFundingPlan } from "./xiamen-2025-sme-cluster-city-funding-plan";
import { layout as xiamenQ3ManufacturingOutputGrowthAward } from "./xiamen-q3-manufacturing-output-growth-award";
import { layout as xian2018ConstructionIndustryAwards } from "./xian-2018-construction-industry-awards";
import { layout as xian2018RealEconomyFiscalMeasures } from "./xian-2018-real-economy-fiscal-measures";
import { layout as xian2020MayorSpecialAward } from "./xian-2020-mayor-special-award";
import { layout as xian2025CountyEconomyFundBatch1Allocation } from "./xian-2025-county-economy-fund-batch1-allocation";
import { layout as xianAviationBase2019CarrierUpgradeFundProjects } from "./xian-aviation-base-2019-carrier-upgrade-fund-projects";
import { layout as xianEconZone2021SmeCarrierProjects } from "./xian-econ-zone-2021-sme-carrier-projects";
import { layout as xianEtdz2009IndustrialGrowthFundBatch1 } from "./xian-etdz-2009-industrial-growth-fund-batch1";
import { layout as xiangcheng2019PovertyFundSourcesAndAllocation } from "./xiangcheng-2019-poverty-fund-sources-and-allocation";
import { layout as xianghe2014HighStandardFarmlandBudget } from "./xianghe-2014-high-standard-farmland-budget";
import { layout as xiangjiang2017HighEndManufacturingSupportList } from "./xiangjiang-2017-high-end-manufacturing-support-list";
import { layout as xiangtanCounty2023GeneralBudgetExpenditureFinalAccounts } from "./xiangtan-county-2023-general-budget-expenditure-final-accounts";
import { layout as xiangxi2020IndustryDevelopmentFundSelfeval } from "./xiangxi-2020-industry-development-fund-selfeval";
import { layout as xiangxiang2023IndustryInvestmentAwards } from "./xiangxiang-2023-industry-investment-awards";
import { layout as xiangyangCentralHospital2021DongjinCampusSelfeval } from "./xiangyang-central-hospital-2021-dongjin-campus-selfeval";
import { layout as xiangyangIntegratedHospital2023ThreePublicFinal } from "./xiangyang-integrated-hospital-2023-three-public-final";
import { layout as xianning2020BeautifulVillagePilotList } from "./xianning-2020-beautiful-village-pilot-list";
import { layout as xianning2021JunRiverProjectsInvestmentProgress } from "./xianning-2021-jun-river-projects-investment-progress";
import { layout as xianyang2024NewIndustrialisationMeasures } from "./xianyang-2024-new-industrialisation-measures";
import { layout as xianyang2025TechManufacturingFusionMeasures } from "./xianyang-2025-tech-manufacturing-fusion-measures";
import { layout as xianyou2018PovertyFundBatch1TownAllocation } from "./xianyou-2018-poverty-fund-batch1-town-allocation";
import { layout as xiaogan2016BeautifulVillagePilotList } from "./xiaogan-2016-beautiful-village-pilot-list";
import { layout as xiaolan2018EnterpriseSupportMeasuresAwards } from "./xiaolan-2018-enterprise-support-measures-awards";
import { layout as xiaolan2025H1GeneralBudgetExecution } from "./xiaolan-2025-h1-general-budget-execution";
import { layout as xiaoshan2021AgriSocialMajorSciTechProjects } from "./xiaoshan-2021-agri-social-major-sci-tech-projects";
import { layout as xiaoxian2023HexiVillageSpecialtyFarmingSelfeval } from "./xiaoxian-2023-hexi-village-specialty-farming-selfeval";
import { layout as xichong2023ManufacturingPolicy } from "./xichong-2023-manufacturing-policy";
import { layout as xichuan2025EnterprisePolicyCompendiumAwards } from "./xichuan-2025-enterprise-policy-compendium-awards";
import { layout as xigaze19942018PairedAidByDonor } from "./xigaze-1994-2018-paired-aid-by-donor";
import { layout as xihu2023ProvincialTechSmeRecognitionAward } from "./xihu-2023-provincial-tech-sme-recognition-award";
import { layout as xihu2023RdInputSubsidyBatch10 } from "./xihu-2023-rd-input-subsidy-batch10";
import { layout as xihu2024AvailableResourcesAndBalance } from "./xihu-2024-available-resources-and-balance";
import { layout as xiji2025AgriFundsIntegrationPlanAdjusted } from "./xiji-2025-agri-funds-integration-plan-adjusted";
import { layout as xilingol2016GrasslandAwardAllocation } from "./xilingol-2016-grassland-award-allocation";
import { layout as xilingol2017SandstormSourceControlInvestmentPlan } from "./xilingol-2017-sandstorm-source-control-investment-plan";
import { layout as xilingol2025InnovativeSmeAwardAllocation } from "./xilingol-2025-innovative-sme-award-allocation";
import { layout as xilingolFao2021GpbExpenditureFinalAccounts } from "./xilingol-fao-2021-gpb-expenditure-final-accounts";
import { layout as xilinhot2025SepKeyProjectsByField } from "./xilinhot-2025-sep-key-projects-by-field";
import { layout as xinbei2009KeyIndustryGuidanceFundApplications } from "./xinbei-2009-key-industry-guidance-fund-applications";
import { layout as xinchang2024InformatisationSubsidy } from "./xinchang-2024-informatisation-subsidy";
import { layout as xincheng2025H1GeneralBudgetExpenditure } from "./xincheng-2025-h1-general-budget-expenditure";
import { layout as xinchengHealthBureau2019ThreePublicBudget } from "./xincheng-health-bureau-2019-three-public-budget";
import { layout as xinchengXian2023H1GeneralBudgetExecution } from "./xincheng-xian-2023-h1-general-budget-execution";
import { layout as xindu2022IndustryEducationDemoNominees } from "./xindu-2022-industry-education-demo-nominees";
import { layout as xinfeng2018FarmMachineryBatch3Payout } from "./xinfeng-2018-farm-machinery-batch3-payout";
import { layout as xinganmeng2019YishiyiyiApprovedProjectFundingSources } from "./xinganmeng-2019-yishiyiyi-approved-project-funding-sources";
import { layout as xinganmeng2022OldResidentialRenovationPriorTargets } from "./xinganmeng-2022-old-residential-renovation-prior-targets";
import { layout as xinganmengHohhotOffice2019ThreePublicFinalAccounts } from "./xinganmeng-hohhot-office-2019-three-public-final-accounts";
import { layout as xinghai2011GrasslandRewardPlanByTownship } from "./xinghai-2011-grassland-reward-plan-by-township";
import { layout as xingqingNpcOffice2022GpbExpenditureBudget } from "./xingqing-npc-office-2022-gpb-expenditure-budget";
import { layout as xingqingYueyahu2022TransferStationTargets } from "./xingqing-yueyahu-2022-transfer-station-targets";
import { layout as xingtai2018H1GeneralBudgetSpending } from "./xingtai-2018-h1-general-budget-spending";
import { layout as xiningChengzhong2018SocialAssistanceBatch2ByUse } from "./xining-chengzhong-2018-social-assistance-batch2-by-use";
import { layout as xiningHaidong2024JanMayKeyProjectsProgress } from "./xining-haidong-2024-jan-may-key-projects-progress";
import { layout as xinjianAgri2023ThreePublicFinalAccounts } from "./xinjian-agri-2023-three-public-final-accounts";
import { layout as xinjiang2020Batch8CottonGinningAcceptanceList } from "./xinjiang-2020-batch8-cotton-ginning-acceptance-list";
import { layout as xinjiang2020H1RegionBudgetExecution } from "./xinjiang-2020-h1-region-budget-execution";
import { layout as xinjiang2021AugDirectFundsArrangement } from "./xinjiang-2021-aug-direct-funds-arrangement";
import { layout as xinshao2022CountyThreePublicFinalAccounts } from "./xinshao-2022-county-three-public-final-accounts";
import { layout as xinshao2023GovernmentFundExpenditureFinalAccounts } from "./xinshao-2023-government-fund-expenditure-final-accounts";
import { layout as xinshiUrumqi2020ConstructionBureauThreePublic } from "./xinshi-urumqi-2020-construction-bureau-three-public";
import { layout as xinshiUrumqi2020NpcStandingCommitteeGpbExpenditure } from "./xinshi-urumqi-2020-npc-standing-committee-gpb-expenditure";
import { layout as xinxiang2021ManufacturingMatchingSupport } from "./xinxiang-2021-manufacturing-matching-support";
import { layout as xinxiangHitech2018PovertyFundProjects } from "./xinxiang-hitech-2018-poverty-fund-projects";
import { layout as xinyang2022TechInnovationDemoRecommendations } from "./xinyang-2022-tech-innovation-demo-recommendations";
import { layout as xinyang2023Q1FullCapacityAwardSummary } from "./xinyang-2023-q1-full-capacity-award-summary";
import { layout as xinyiNrPlanning2021ThreePublicMeetingTrainingFinal } from "./xinyi-nr-planning-2021-three-public-meeting-training-final";
import { layout as xinyu2024VocationalCentreGpbExpenditureFinal } from "./xinyu-2024-vocational-centre-gpb-expenditure-final";
import { layout as xiping2022RuralRoadLinkageDisbursement } from "./xiping-2022-rural-road-linkage-disbursement";
import { layout as xiping2023StorageBaseLinkageSelfeval } from "./xiping-2023-storage-base-linkage-selfeval";
import { layout as xiqing2016ApprovalBureauThreePublicBudget } from "./xiqing-2016-approval-bureau-three-public-budget";
import { layout as xisa2022VillageOperationProjectSelfeval } from "./xisa-2022-village-operation-project-selfeval";
import { layout as xishuangbanna2017EthnicReligiousBureauThreePublicBudget } from "./xishuangbanna-2017-ethnic-religious-bureau-three-public-budget";
import { layout as xiuwen2022CityLinkageFundAllocation } from "./xiuwen-2022-city-linkage-fund-allocation";
import { layout as xiuwu2021PovertyFundProjectPlan } from "./xiuwu-2021-poverty-fund-project-plan";
import { layout as xiuying2022LinkageWaterProjectSelfeval } from "./xiuying-2022-linkage-water-project-selfeval";
import { layout as xiuyu2025WaterFundBatch7Targets } from "./xiuyu-2025-water-fund-batch7-targets";
import { layout as xixia2018GovernmentOfficeThreePublicFinalAccounts } from "./xixia-2018-government-office-three-public-final-accounts";
import { layout as xixia2021GeneralBudgetRevenueExecution } from "./xixia-2021-general-budget-revenue-execution";
import { layout as xixia2026CapexPlanBatch1Summary } from "./xixia-2026-capex-plan-batch1-summary";
import { layout as xixiaEnforcement2019GovernmentFundFinalAccounts } from "./xixia-enforcement-2019-government-fund-final-accounts";
import { layout as xixiaNaturalResources2019GpbExpenditureFinalAccounts } from "./xixia-natural-resources-2019-gpb-expenditure-final-accounts";
import { layout as xixiangtang2025LinkageBatch1Allocation } from "./xixiangtang-2025-linkage-batch1-allocation";
import { layout as xixiangtangNpc2017ThreePublicBudget } from "./xixiangtang-npc-2017-three-public-budget";
import { layout as xixiu2024GeneralBudgetRevenueFinalAccounts } from "./xixiu-2024-general-budget-revenue-final-accounts";
import { layout as xizang20062008FeaturedIndustryPovertyProjects } from "./xizang-2006-2008-featured-industry-poverty-projects";
import { layout as xizang2006FarmHerdIncomeAndReliefFunds } from "./xizang-2006-farm-herd-income-and-relief-funds";
import { layout as xizang2012RuralRoadAccessThreeYearPlan } from "./xizang-2012-rural-road-access-three-year-plan";
import { layout as xizang2021RegionGeneralBudgetExecution } from "./xizang-2021-region-general-budget-execution";
import { layout as xizang2022Batch1KeyProjectsStartUp } from "./xizang-2022-batch1-key-projects-start-up";
import { layout as xizang2022KeyProjectsAnnualPlan } from "./xizang-2022-key-projects-annual-plan";
import { layout as xizang2023GeneralBudgetExecution } from "./xizang-2023-general-budget-execution";
import { layout as xizang2023JanAugBudgetExecutionReport } from "./xizang-2023-jan-aug-budget-execution-report";
import { layout as xizang2023KeyProjectsPlanByCategory } from "./xizang-2023-key-projects-plan-by-category";
import { layout as xizang2023LinkageFundBatch1Allocation } from "./xizang-2023-linkage-fund-batch1-allocation";
import { layout as xizang2023LinkageFundBatch1FebProgress } from "./xizang-2023-linkage-fund-batch1-feb-progress";
import { layout as xizang2024GeneralBudgetSpendingByFunction } from "./xizang-2024-general-budget-spending-by-function";
import { layout as xizang2024JiangsuAidFundsByField } from "./xizang-2024-jiangsu-aid-funds-by-field";
import { layout as xizang2024ShanghaiOfficeThreePublicAccounts } from "./xizang-2024-shanghai-office-three-public-accounts";
import { layout as xizangChengduOfficeServiceCentre2026Budget } from "./xizang-chengdu-office-service-centre-2026-budget";
import { layout as xizangMaternityChildrenHospital2022ThreePublicFinal } from "./xizang-maternity-children-hospital-2022-three-public-final";
import { layout as xizangPolice2019IncomeExpenditureFinalAccounts } from "./xizang-police-2019-income-expenditure-final-accounts";
import { layout as xizangRuralRevitalizationBureau2023ThreePublicFinalAccounts } from "./xizang-rural-revitalization-bureau-2023-three-public-final-accounts";
import { layout as xizangSti2022ThreePublicFinalAccounts } from "./xizang-sti-2022-three-public-final-accounts";
import { layout as xuanfeng2020MajorIndustryProjectsMayProgress } from "./xuanfeng-2020-major-industry-projects-may-progress";
import { layout as xuanhan2024NaturalResourcesThreePublicFinalAccounts } from "./xuanhan-2024-natural-resources-three-public-final-accounts";
import { layout as xuanhanTown2021GpbExpenditureFinalAccounts } from "./xuanhan-town-2021-gpb-expenditure-final-accounts";
import { layout as xuanzhou2018AuditBureauThreePublicBudget } from "./xuanzhou-2018-audit-bureau-three-public-budget";
import { layout as xuanzhou2020DirectOrgansCommitteeThreePublicBudget } from "./xuanzhou-2020-direct-organs-committee-three-public-budget";
import { layout as xuanzhou2022DroughtReliefSelfeval } from "./xuanzhou-2022-drought-relief-selfeval";
import { layout as xuchang2020HiddenChampionBatch2List } from "./xuchang-2020-hidden-champion-batch2-list";
import { layout as xuhui2020GeneralBudgetExecution } from "./xuhui-2020-general-budget-execution";
import { layout as xundianAgriculture2022ThreePublicFinalAccounts } from "./xundian-agriculture-2022-three-public-final-accounts";
import { layout as xundianCultureTourism2022ThreePublicFinalAccounts } from "./xundian-culture-tourism-2022-three-public-final-accounts";
import { layout as xunhua2023LinkageFundMaySpending } from "./xunhua-2023-linkage-fund-may-spending";
import { layout as xunyang2024LinkageCityBatch1Projects } from "./xunyang-2024-linkage-city-batch1-projects";
import { layout as yaan2018HighGrowthSmeCultivationEntrants } from "./yaan-2018-high-growth-sme-cultivation-entrants";
import { layout as yanan2024NewAboveScaleEntryAwards } from "./yanan-2024-new-above-scale-entry-awards";
import { layout as yananCounty2021GeneralRevenueExecution } from "./yanan-county-2021-general-revenue-execution";
import { layout as yancheng2018IndustrialTransformationFundByArea } from "./yancheng-2018-industrial-transformation-fund-by-area";
import { layout as yancheng2020IndustrialTransformationBatch1List } from "./yancheng-2020-industrial-transformation-batch1-list";
import { layout as yancheng2023WholeChainProvincialProjects } from "./yancheng-2023-whole-chain-provincial-projects";
import { layout as yangcheng2023GeneralBudgetSpendingFinalAccounts } from "./yangcheng-2023-general-budget-spending-final-accounts";
import { layout as yangpu2021GeneralExpenditureExecutionByFunction } from "./yangpu-2021-general-expenditure-execution-by-function";
import { layout as yangpu2022H1GeneralExpenditureProgress } from "./yangpu-2022-h1-general-expenditure-progress";
import { layout as yangpu2023GeneralBudgetExecution } from "./yangpu-2023-general-budget-execution";
import { layout as yangquan2022FarmlandBatch1Allocation } from "./yangquan-2022-farmland-batch1-allocation";
import { layout as yangquanJiaoqu2025RefractoryLoanInterest } from "./yangquan-jiaoqu-2025-refractory-loan-interest";
import { layout as yangtzeu2020ProvincialProjectsMidyearExecution } from "./yangtzeu-2020-provincial-projects-midyear-execution";
import { layout as yangzhou2019CharacteristicTownFundTargets } from "./yangzhou-2019-characteristic-town-fund-targets";
import { layout as yangzizhou2017FloodControlFunds } from "./yangzizhou-2017-flood-control-funds";
import { layout as yanjin2022LinkageFundProjectPlan } from "./yanjin-2022-linkage-fund-project-plan";
import { layout as yanliang2021NewAboveScaleIndustryAwardApplications } from "./yanliang-2021-new-above-scale-industry-award-applications";
import { layout as yanqi2025LinkageBatch2Projects } from "./yanqi-2025-linkage-batch2-projects";
import { layout as yanshan2014OldAreaVillageLotteryFund } from "./yanshan-2014-old-area-village-lottery-fund";
import { layout as yanshi2022LinkageFundBatch2Allocation } from "./yanshi-2022-linkage-fund-batch2-allocation";
import { layout as yantaiUniversity2016BudgetIncomeExpenditureSummary } from "./yantai-university-2016-budget-income-expenditure-summary";
import { layout as yaoan2022Batch7IntegratedAgriFundAllocation } from "./yaoan-2022-batch7-integrated-agri-fund-allocation";
import { layout as yaoan2025ShanghaiAidFundAllocation } from "./yaoan-2025-shanghai-aid-fund-allocation";
import { layout as yaoan2025ThirdBatchPrefectureLinkageFundAllocation } from "./yaoan-2025-third-batch-prefecture-linkage-fund-allocation";
import { layout as yaoanZuomen2023ProjectSelfeval } from "./yaoan-zuomen-2023-project-selfeval";
import { layout as yaohai2022PartyBuildingProjectSelfeval } from "./yaohai-2022-party-building-project-selfeval";
import { layout as yaozhou2018PovertyFundAllocation } from "./yaozhou-2018-poverty-fund-allocation";
import { layout as yecheng2026MinorityTaskProjects } from "./yecheng-2026-minority-task-projects";
import { layout as yian2025LotteryFundOldAreaProjects } from "./yian-2025-lottery-fund-old-area-projects";
import { layout as yichang2014EnterpriseDevelopmentProjects } from "./yichang-2014-enterprise-development-projects";
import { layout as yichang2025Q1OpeningIndustryAwards } from "./yichang-2025-q1-opening-industry-awards";
import { layout as yichuan2021BudgetExecution } from "./yichuan-2021-budget-execution";
import { layout as yinchuan2021SelfevalMiddleSchoolPublicFunds } from "./yinchuan-2021-selfeval-middle-school-public-funds";
import { layout as yinchuan2023InnovativeSmeBatch2Recommendations } from "./yinchuan-2023-innovative-sme-batch2-recommendations";
import { layout as yinchuan2024NewIndustrialisationInterestSubsidyList } from "./yinchuan-2024-new-industrialisation-interest-subsidy-list";
import { layout as yingcheng2024OpeningQuarterManufacturingAwards } from "./yingcheng-2024-opening-quarter-manufacturing-awards";
import { layout as yingkou2024RevenueByLevelCompletion } from "./yingkou-2024-revenue-by-level-completion";
import { layout as yingtan2024AgriIndustrialisationMeasures } from "./yingtan-2024-agri-industrialisation-measures";
import { layout as yingze2022GeneralBudgetExecution } from "./yingze-2022-general-budget-execution";
import { layout as yixianLinkageFundProgressToOctober } from "./yixian-linkage-fund-progress-to-october";
import { layout as yiyang2017DisasterReliefAllocation } from "./yiyang-2017-disaster-relief-allocation";
import { layout as yiyang2022JobRetentionRefundBatch2 } from "./yiyang-2022-job-retention-refund-batch2";
import { layout as yiyangZhongfan2022KeyProjectTargets } from "./yiyang-zhongfan-2022-key-project-targets";
import { layout as yizhou2022LinkageFundProjects } from "./yizhou-2022-linkage-fund-projects";
import { layout as yizhou2025H1GeneralSpendingByFunction } from "./yizhou-2025-h1-general-spending-by-function";
import { layout as yndaily2024ExpenditureFinalAccounts } from "./yndaily-2024-expenditure-final-accounts";
import { layout as yndaily2024ThreePublicFinalAccounts } from "./yndaily-2024-three-public-final-accounts";
import { layout as yongjia2021FarmlandPrepayment } from "./yongjia-2021-farmland-prepayment";
import { layout as yongjia2021JanOrphanHardshipChildAllowance } from "./yongjia-2021-jan-orphan-hardship-child-allowance";
import { layout as yongning2011FiveExcellentClusterSupport } from "./yongning-2011-five-excellent-cluster-support";
import { layout as yongxiuJiangshang2022ThreePublicBudgetByUnit } from "./yongxiu-jiangshang-2022-three-public-budget-by-unit";
import { layout as youxi2023FinanceBureauThreePublicFinalAccounts } from "./youxi-2023-finance-bureau-three-public-final-accounts";
import { layout as yuancheng2023EarlyRiceGrainSubsidy } from "./yuancheng-2023-early-rice-grain-subsidy";
import { layout as yuanjueTown2026RevenueBudgetByUnit } from "./yuanjue-town-2026-revenue-budget-by-unit";
import { layout as yuanling2021CountyThreePublicBudget } from "./yuanling-2021-county-three-public-budget";
import { layout as yuanzhou2022ForageProcessingBatch6 } from "./yuanzhou-2022-forage-processing-batch6";
import { layout as yuanzhou2022WaterConservationForestTargets } from "./yuanzhou-2022-water-conservation-forest-targets";
import { layout as yubei2018HighGrowthTechFirmAwards } from "./yubei-2018-high-growth-tech-firm-awards";
import { layout as yubei2021TechFirmEntryAwards } from "./yubei-2021-tech-firm-entry-awards";
import { layout as yubei2024ResearchMatchingFundClauseAndApplications } from "./yubei-2024-research-matching-fund-clause-and-applications";
import { layout as yuexi2025GrasslandSubsidyAllocation } from "./yuexi-2025-grassland-subsidy-allocation";
import { layout as yueyang2016DongtingEcoZoneFundAndTargets } from "./yueyang-2016-dongting-eco-zone-fund-and-targets";
import { layout as yueyang2018DigitalCityManagementSelfeval } from "./yueyang-2018-digital-city-management-selfeval";
import { layout as yueyang2024LinkageBatch10Projects } from "./yueyang-2024-linkage-batch10-projects";
import { layout as yueyangCounty2015ThreePublicSummaryFinalAccounts } from "./yueyang-county-2015-three-public-summary-final-accounts";
import { layout as yueyangFederation2017ThreePublicBudget } from "./yueyang-federation-2017-three-public-budget";
import { layout as yueyangMigration2015ThreePublicFinalAccounts } from "./yueyang-migration-2015-three-public-final-accounts";
import { layout as yueyangTaichuangyuan2017ThreePublicBudget } from "./yueyang-taichuangyuan-2017-three-public-budget";
import { layout as yueyangxian2022FarmlandLinkageTargetForm } from "./yueyangxian-2022-farmland-linkage-target-form";
import { layout as yueyangxian2022ProvincialDemoFamilyFarms } from "./yueyangxian-2022-provincial-demo-family-farms";
import { layout as yueyangxian2025LinkageBatch9RelocationRepair } from "./yueyangxian-2025-linkage-batch9-relocation-repair";
import { layout as yueyangxianTaobaoVillageStationAwards } from "./yueyangxian-taobao-village-station-awards";
import { layout as yufengNpc2017ThreePublicFinalAccounts } from "./yufeng-npc-2017-three-public-final-accounts";
import { layout as yuhang2023FarmFestivalSubsidy } from "./yuhang-2023-farm-festival-subsidy";
import { layout as yuhang2024GeneralBudgetExpenditureFinalAccounts } from "./yuhang-2024-general-budget-expenditure-final-accounts";
import { layout as yuhang2024JingshanLeisureVillageAwards } from "./yuhang-2024-jingshan-leisure-village-awards";
import { layout as yuhang2024LeafyVegetableEmergencySubsidy } from "./yuhang-2024-leafy-vegetable-emergency-subsidy";
import { layout as yuhang2025AboveScaleEntryAwards } from "./yuhang-2025-above-scale-entry-awards";
import { layout as yulin2016AboveScaleAwardRequest } from "./yulin-2016-above-scale-award-request";
import { layout as yumin2021KeyProjectsPerformanceEvaluation } from "./yumin-2021-key-projects-performance-evaluation";
import { layout as yunfu2024SpecialisedSmeLoanInterestPlan } from "./yunfu-2024-specialised-sme-loan-interest-plan";
import { layout as yunnan2016InvestmentIntermediaryAwards } from "./yunnan-2016-investment-intermediary-awards";
import { layout as yunnan2017SpecialFundsReleaseJune } from "./yunnan-2017-special-funds-release-june";
import { layout as yunnan2018SmartScenicAreaAwards } from "./yunnan-2018-smart-scenic-area-awards";
import { layout as yunnan2020OneCountyOneIndustryDemoCountySupport } from "./yunnan-2020-one-county-one-industry-demo-county-support";
import { layout as yunnan2021CountyEconomyTopAndLeapCountiesList } from "./yunnan-2021-county-economy-top-and-leap-counties-list";
import { layout as yunnan2022AerialForestFirefightingFundSelfeval } from "./yunnan-2022-aerial-forest-firefighting-fund-selfeval";
import { layout as yunnan2023DairyCountyAwardApplicationSummary } from "./yunnan-2023-dairy-county-award-application-summary";
import { layout as yunnan2023OneCardSubsidyPolicyList } from "./yunnan-2023-one-card-subsidy-policy-list";
import { layout as yunnan2024RuralRevitalisationBureauThreePublicFinal } from "./yunnan-2024-rural-revitalisation-bureau-three-public-final";
import { layout as yunnanHealth2024TransferPaymentBudget } from "./yunnan-health-2024-transfer-payment-budget";
import { layout as yunxi2022GeneralBudgetExpenditureFinalAccounts } from "./yunxi-2022-general-budget-expenditure-final-accounts";
import { layout as yunxian2023ThreePublicFinalAccountsComparison } from "./yunxian-2023-three-public-final-accounts-comparison";
import { layout as yunxian2025ShanghaiAidProjectInvestmentBreakdown } from "./yunxian-2025-shanghai-aid-project-investment-breakdown";
import { layout as yunxiao2023TeaIndustryBatch1SubsidyLists } from "./yunxiao-2023-tea-industry-batch1-subsidy-lists";
import { layout as yutai2023FinanceBureauThreePublicBudget } from "./yutai-2023-finance-bureau-three-public-budget";
import { layout as yutian2017PovertyDevelopmentFundProjects } from "./yutian-2017-poverty-development-fund-projects";
import { layout as yuzhong2022GeneralBudgetRevenueFinalAccounts } from "./yuzhong-2022-general-budget-revenue-final-accounts";
import { layout as zeku2023LinkageBatch2Allocation } from "./zeku-2023-linkage-batch2-allocation";
import { layout as zeku2023ProvincialLinkageBatch1Allocation } from "./zeku-2023-provincial-linkage-batch1-allocation";
import { layout as zengdu2021DikeOfficeGpbFinalAccounts } from "./zengdu-2021-dike-office-gpb-final-accounts";
import { layout as zengduPolice2019ThreePublicFinalAccount } from "./zengdu-police-2019-three-public-final-account";
import { layout as zhangjiakou2024JobRetentionRefundBatch5 } from "./zhangjiakou-2024-job-retention-refund-batch5";
import { layout as zhangwu2024NewCollectiveEconomyVillages } from "./zhangwu-2024-new-collective-economy-villages";
import { layout as zhangye2023AprLinkageSpending } from "./zhangye-2023-apr-linkage-spending";
import { layout as zhangzhen2024TownAvailableRevenueExecution } from "./zhangzhen-2024-town-available-revenue-execution";
import { layout as zhangzhou2015IndustrialLeapAwards } from "./zhangzhou-2015-industrial-leap-awards";
import { layout as zhanjiang2020GeneralBudgetFinalBalance } from "./zhanjiang-2020-general-budget-final-balance";
import { layout as zhanjiang2021ServiceCentreBasicExpenditureDetail } from "./zhanjiang-2021-service-centre-basic-expenditure-detail";
import { layout as zhanjiang2026RegionalCoordinationPreparatoryFundBatch1 } from "./zhanjiang-2026-regional-coordination-preparatory-fund-batch1";
import { layout as zhanjiangPublicity2017ThreePublicFinalAccounts } from "./zhanjiang-publicity-2017-three-public-final-accounts";
import { layout as zhaoyuan2023FarmlandProtectionSubsidyByTown } from "./zhaoyuan-2023-farmland-protection-subsidy-by-town";
import { layout as zhashui2020GpbExpenditure } from "./zhashui-2020-gpb-expenditure";
import { layout as zhejiang2018DisabledSubsidiesAllocation } from "./zhejiang-2018-disabled-subsidies-allocation";
import { layout as zhejiangCounty2024PolicyExcerpts } from "./zhejiang-county-2024-policy-excerpts";
import { layout as zhejiangHealthCommission2020ThreePublicFinal } from "./zhejiang-health-commission-2020-three-public-final";
import { layout as zhejiangTransport2019UnitBudgetExecution } from "./zhejiang-transport-2019-unit-budget-execution";
import { layout as zhenfengLianhuan2010YishiyiyiRoadAwardProjects } from "./zhenfeng-lianhuan-2010-yishiyiyi-road-award-projects";
import { layout as zhengan2009FloodReliefTownAllocation } from "./zhengan-2009-flood-relief-town-allocation";
import { layout as zhengzhou2008NewCentralInvestment13Projects } from "./zhengzhou-2008-new-central-investment-13-projects";
import { layout as zhengzhou2018EarlyPovertyFundSources } from "./zhengzhou-2018-early-poverty-fund-sources";
import { layout as zhengzhou2018PovertyFundSources } from "./zhengzhou-2018-poverty-fund-sources";
import { layout as zhengzhou2018TechFirmFilingBatch3List } from "./zhengzhou-2018-tech-firm-filing-batch3-list";
import { layout as zhengzhou2020AutoIndustryAwardProjects } from "./zhengzhou-2020-auto-industry-award-projects";
import { layout as zhengzhou2021ManufacturingPolicyAwards } from "./zhengzhou-2021-manufacturing-policy-awards";
import { layout as zhengzhou2021StarSmallMicroParksList } from "./zhengzhou-2021-star-small-micro-parks-list";
import { layout as zhengzhou2023BellwetherRecommendationList } from "./zhengzhou-2023-bellwether-recommendation-list";
import { layout as zhengzhou2023CbecMeasuresAwards } from "./zhengzhou-2023-cbec-measures-awards";
import { layout as zhengzhou2023SpecialisedSmeOneOffAwardChecks } from "./zhengzhou-2023-specialised-sme-one-off-award-checks";
import { layout as zhengzhouHitech2018RdPostSubsidyList } from "./zhengzhou-hitech-2018-rd-post-subsidy-list";
import { layout as zhengzhouZhongyuan2023CollectiveEconomyProjectTargets } from "./zhengzhou-zhongyuan-2023-collective-economy-project-targets";
import { layout as zhenhaiLongsaiHospital2021GpbExpenditureFinal } from "./zhenhai-longsai-hospital-2021-gpb-expenditure-final";
import { layout as zhenlai2022QualityDevelopmentFactorAwards } from "./zhenlai-2022-quality-development-factor-awards";
import { layout as zhongjiang2022SelfevalWater } from "./zhongjiang-2022-selfeval-water";
import { layout as zhongmu2025LinkageFundBatchesAdjusted } from "./zhongmu-2025-linkage-fund-batches-adjusted";
import { layout as zhongning2023LinkageFundBatch3Targets } from "./zhongning-2023-linkage-fund-batch3-targets";
import { layout as zhongshan2023BaizhanQianqiAirfareAllocation } from "./zhongshan-2023-baizhan-qianqi-airfare-allocation";
import { layout as zhongshan2023FarmMachineryAllocation } from "./zhongshan-2023-farm-machinery-allocation";
import { layout as zhongshan2023FarmMachineryDetail } from "./zhongshan-2023-farm-machinery-detail";
import { layout as zhongshan2023InshoreFishingBoatRenewalBatch2 } from "./zhongshan-2023-inshore-fishing-boat-renewal-batch2";
import { layout as zhongshan2023RuralRevitalisationDemoVillageAllocation } from "./zhongshan-2023-rural-revitalisation-demo-village-allocation";
import { layout as zhongshan2024DemoVillageAdvanceAllocation } from "./zhongshan-2024-demo-village-advance-allocation";
import { layout as zhongshan2024KeyAreaTypicalVillageFunds } from "./zhongshan-2024-key-area-typical-village-funds";
import { layout as zhongshan2024VegetableBaseBatch1 } from "./zhongshan-2024-vegetable-base-batch1";
import { layout as zhongshanExhibitionIndustryFundVenueBoothAwards } from "./zhongshan-exhibition-industry-fund-venue-booth-awards";
import { layout as zhongwei2023JulKeyProjectsProgress } from "./zhongwei-2023-jul-key-projects-progress";
import { layout as zhoukouDemoZone2023GreenhouseProjectTargets } from "./zhoukou-demo-zone-2023-greenhouse-project-targets";
import { layout as zhoushan2019BeautifulVillageBatch3Allocation } from "./zhoushan-2019-beautiful-village-batch3-allocation";
import { layout as zhoushan2025CultivatedLandProtectionAllocation } from "./zhoushan-2025-cultivated-land-protection-allocation";
import { layout as zhouzhi2023GeneralExpenditureExecutionByFunction } from "./zhouzhi-2023-general-expenditure-execution-by-function";
import { layout as zhuji2023TorreyaTownProjectsSubsidyList } from "./zhuji-2023-torreya-town-projects-subsidy-list";
import { layout as zhumadian2017RuralRoadSafetyAllocation } from "./zhumadian-2017-rural-road-safety-allocation";
import { layout as zhumadianCentralHospital2021ThreePublicFinalAccounts } from "./zhumadian-central-hospital-2021-three-public-final-accounts";
import { layout as zhuoni2020Batch3PovertyFundPlan } from "./zhuoni-2020-batch3-poverty-fund-plan";
import { layout as zhuoni2024RuralRevitalisationBureauGpbExpenditure } from "./zhuoni-2024-rural-revitalisation-bureau-gpb-expenditure";
import { layout as zhuzhou2021ResourceRegionTransitionSelfeval } from "./zhuzhou-2021-resource-region-transition-selfeval";
import { layout as zibo2021IndustrySupportPolicies } from "./zibo-2021-industry-support-policies";
import { layout as zoucheng2023IndustryPolicyAwards } from "./zoucheng-2023-industry-policy-awards";

export const layouts: CorpusLayout[] = [
  aba2023RuralRevitalisationAssessmentIncentives,
  ahau2025AugBudgetPaymentProgress,
  aksu2021LinkageFundBatch2Allocation,
  aksu2022LinkageFundCountyAllocation,
  akto2021AnimalHusbandryThreePublicFinal,
  akto2022MultiparousEweSubsidy,
  aktoFinance2019ThreePublicFinalColumnsForm,
  aktoTransport2019GpbExpenditureFinal,
  alar2025LinkageFundRegimentsAllocation,
  alar2026LinkageMinorityWorkreliefAllocation,
  alarTuan62021LinkageColdStoreTargets,
  alxa2020GeneralBudgetRevenueExpenditureOutcome,
  alxa2021MayKeyProjectsProgressBySector,
  anhui2007LivelihoodProjectsFundingProgress,
  anhui2014FarmlandReturnConsolidationPlan,
  anhui2016AprLivelihoodProjectsDisbursement,
  anhui2016StaffingOfficeThreePublicBudget,
  anhui2017FarmMachineryFirstProgressNotice,
  anhui2017ManufacturingProvinceFundAwards,
  anhui2020FarmMachinerySettlementProgress,
  anhui2021SisongYifuFiscalAwardClauses,
  anhui2022LinkageFundAdvanceByTask,
  anhui2022RealEconomyPolicyList,
  anhui2023EarlyMajorInvestmentFunds,
  anhuiAug33LivelihoodProjectsReleaseByLevel,
  anhuiCollege2016IncomeExpenditureFinalAccounts,
  anqing2013IndustrialRevitalisationDisbursement,
  antu2015FarmMachinerySubsidyProgress,
  anxi2022ProvincialWaterFundBatch7,
  anyi2022IndustrialTenMeasures,
  anyi2023ConfidenceMeasuresCatalog,
  archives2023TargetFormSixDecimals,
  artux2021ThreePublicBudgetFinal,
  baise2020H1BudgetExpenditureExecution,
  baise2023MunicipalExpenditureFinalAccounts,
  baise2024MunicipalThreePublicBudget,
  banan2022GeneralBudgetSpendingFinalAccounts,
  banan2022LinkageFundBatch1Allocation,
  banan2026AdvanceRuralRevitalisationProjectPlan,
  banan2026RuralRevitalisationProjectLibrary,
  baodi2022ManureUtilizationInvestmentTargets,
  baoding2024HitechAwardPolicies,
  baodingNo3School2022ThreePublicFinalAccounts,
  baojiPortZone2019ThreePublicMeetingTrainingFinal,
  baoshan2020NationalIncubatorSpaceAwards,
  baoshanAboveScaleUpgradeAward,
  baoshanOrphanChildLivingAllowanceByCounty,
  baoshanSh2020CruiseEconomyProjectGuide,
  baotingTropicalFruitVegBase2023Selfeval,
  baotou2022DebtLimitAndBalance,
  baotou2022TechInnovationGuidanceAwards,
  baotou2024GreenFactoryAwardPolicyAndList,
  baoying2022OneMatterProjects,
  batang2021ProjectPerformanceTargets,
  bayannur2022AuditBureauThreePublicFinalAccounts,
  bayannur2023CleanHeatingTargets,
  bayannurGanqimaoduResources2024ProjectSelfeval,
  bayannurShuanghe2018YishiyiyiAwardProjects,
  bazhong2019ProvincialPovertyFundAllocation,
  beiguan2018PovertyFundAllocation,
  beihai2023StreetLightingGeneralBudgetFinalAccounts,
  beijing2008LocalFiscalRevenueExpenditurePlan,
  beijing2011IndustrialGrowthEnterpriseAwards,
  beijing2012MunicipalThreePublicBudget,
  beijing201388DepartmentsThreePublicBudget,
  beijing2015DepartmentsThreePublicBudgetExtremes,
  beijing2015DepartmentsThreePublicFinalVsBudget,
  beijing2015MunicipalThreePublicFinalAccounts,
  beijing2017EducationPerStudentSpending,
  beijing2018RelocationEducationMedicalInvestment,
  beijing2020H1GpbSpendingProgress,
  beijing2021H1FourBudgetsExecution,
  beijing2022FrontierTechConversionFirstYearSupportList,
  beijing2022NevCentralSubsidyReview,
  beijing2023ConsumptionSeasonSupport,
  beijing2023HjjFundGuideIcTapeoutAwards,
  beijing2023Q1StableOperationAwardTiers,
  beijing2024Q1SrdiSmeRecognitionList,
  beijing2025CityLevelGeneralBudgetSpendingExecution,
  beijingChaoyang2014GeneralBudgetRevenueExecution,
  beijingChaoyang2020H1GeneralBudgetSpendingProgress,
  beijingChaoyangFinanceBureau2022ThreePublicFinalAccounts,
  beijingChaoyangUrbanManagement2022GpbExpenditureFinalAccounts,
  beijingCivilAffairs2010ThreePublicFinalAccounts,
  beijingCultureBureau2010ThreePublicAccounts,
  beijingCultureTourismCentre2023ProjectSelfeval,
  beijingEtdzFinanceAudit2020ThreePublicFinalAccounts,
  beijingFangshanSpecializedSmeAwardMeasures,
  beijingFengtaiWulidian2024ThreePublicFinalAccounts,
  beijingFengtaiXiluoyuan2024ThreePublicFinalAccounts,
  beijingFinanceBureau2020GpbExpenditureFinalAccounts,
  beijingHeritageBureau2021GpbExpenditureFinalAccounts,
  beijingJgswj2020ThreePublicAndProjectSelfeval,
  beijingJxj2020SmePlatformProjectSelfeval,
  beijingPolice2022ThreePublicAndProjectSelfeval,
  beijingResearchOffice2020ThreePublicFinalAccounts,
  beijingStatsBureau2021BasicExpenditureFinalAccounts,
  beijingTongzhou2022MayDirectFundsExecution,
  beijingTongzhou2023GreenBuildingAwardApplicationList,
  beijingTongzhouBeiyuan2024ThreePublicFinalAccounts,
  beijingTongzhouGreeningCentre2023ExpenditureFinalAccounts,
  beijingTongzhouLuyi2023EnvironmentProjectSelfeval,
  beijingTongzhouYangzhuang2023CommunityProjectSelfeval,
  beijingTongzhouYuqiao2023ThreePublicFinalAccounts,
  beijingTourismCommission2015ThreePublicFinalVsBudget,
  beijingZdb2020ThreePublicFinalAccounts,
  beijingZgc2020Batch1PolicySupportItems,
  beijingZhigong2023ThreePublicFinalAccounts,
  beita2023LinkageProjectTargets,
  bengbu2022ModernAgricultureSupportPolicies,
  benxiCounty2022WaterBureauExpenditureFinalAccounts,
  benxiGuanyinge2023IncomeFinalAccounts,
  bingtuan2017H1AidFundsInPlace,
  bingtuan2017WaterDevelopmentFundAllocation,
  binhai2023PrivateEconomyMeasuresAwards,
  binhai2025BudgetExecutionByBudget,
  binhaiHitech2022TechFirmLadderPolicy,
  binhaiTj2024GeneralBudgetFinalAccounts,
  binjiang2021PolicyCompendium,
  bishan2022DistrictRevenueFinalAccounts,
  bishan2023DistrictTaxRevenueFinalAccounts,
  bishan2023GeneralBudgetExecutionByLevel,
  bishan2023InvestmentSupportCapsAndAwards,
  boaoLecheng2023Lc070701ProjectSelfeval,
  boli2024LotteryFundSchoolFireSafety,
  boluo2021DemoFamilyFarmSupport,
  caidian2020HitechCultivationSubsidy,
  cangnan2022MicroparkOperators,
  cangzhou2023FarmlandBatch2ProjectList,
  centralSovietAreas2014LotteryFundAllocation,
  changan2023GeneralBudgetExpenditureExecution,
  changbaishan2023LinkageAdvanceAllocation,
  changchun2023MunicipalSpecialisedSmeList,
  changchunChaoyang2023OneOffHiringSubsidyBatch1,
  changchunSasac2016Q3SoeProjectInvestmentProgress,
  changchunXinqu2017NewAboveScaleFirmAwards,
  changchunXinqu2025TechInnovationMeasures,
  changdeTechBureauInnovationFundDisclosure,
  changdu2010WholeTownshipPovertyProjectsBatch1,
  changdu2024InvestmentAwardFundCityCountyShares,
  changduFinanceBureau2023GpbExpenditureFinalAccounts,
  changduLocalBeefMuttonConsumptionSubsidyAllocation,
  changduPeoplesHospital2022TargetedProjectBudget,
  changduReligionBureau2022Q3BudgetExecution,
  changfeng2018AdvancedManufacturingSupportPolicies,
  changfeng2022AdvancedManufacturingPolicy,
  changgang2022GpbExpenditureFinalAccounts,
  changji2022FiscalRevenueExecution,
  changji2023FarmlandProtectionSubsidyPayout,
  changjiHitech2023InvestmentPolicyPremises,
  changjiManasWaterSavingIrrigationDemoInvestment,
  changle2017ThreePublicDistrictFinal,
  changle2020OutputGrowthAwards,
  changning2013OneMatterProjectsInvestmentBySource,
  changning2015CountyThreePublicFinal,
  changning2023GeneralRevenueFinalAccounts,
  changning2024GeneralSpendingFinalAccount,
  changsha2017SupplyChainFundRegionalTargets,
  changsha2020PublicWorksCentreThreePublicFinalAccounts,
  changsha2023CztzIntegrationFundProjects,
  changshaCountyDrc2022ProjectSelfeval,
  changshouFengcheng2022ThreePublicBudget,
  changshun2020GeneralBudgetExecution,
  changzhi2023CleanHeatingAirFundAllocation,
  changzhou2005VillageConstructionSubsidyPlan,
  changzhou2008MaoshanIndustrialZoneRoadSubsidy,
  changzhou2018EcologyCentralInvestmentProjects,
  chaohu2018NewGrowthDriversPolicies,
  chaoyang2021GeneralBudgetDisposableResources,
  chaozhou2020AboveScaleEntryAward,
  chayouhouqi2023IntegratedFundsSourcesAdjusted,
  chayuShenzhenAidXiaokangVillagePlan,
  chencang2020ProvincialWaterFundTargetForm,
  chencang2022CultivatedLandSubsidyPayment,
  chengdu2016Q1ProjectStartCompletionAwards,
  chengdu2024NewEconomyMarketExpansionNominees,
  chengdu2024ScaleUpIndustrialFirmAwards,
  chengduHitech2020TieredCultivationBatch2Recognition,
  chengduXindu2015NewAboveScaleAwardApplicationSummary,
  chenggong2022InvestmentMeasuresAndAwards,
  chengkou2022BudgetReviewCentreIncomeFinalAccounts,
  chengmai2023FirstAboveScaleAward,
  chengxiang2024WholeVillageFundPayment,
  chizhou2022SelfevalTownship,
  chongqing2018PrivateEconomyFundBatch1AcceptanceList,
  chongqing2019SpecialisedSmeRecognitionList,
  chongqing2020AgriSustainabilityManurePigFarmAllocation,
  chongqing2020NevMunicipalSubsidyProjectList,
  chongqing2020PigFarmCentralInvestment,
  chongqing2022KeySpecialFundsBatch2Projects,
  chongqing2022TechRenovationReinvestmentMeasures,
  chongqing2022UnconventionalGasSubsidySettlement,
  chongqing2024EnterpriseQualityMeasures,
  chongqing2024MunicipalThreePublicBudget,
  chongqingYuzhong2017ThreePublicBudgetSummary,
  chongqingYuzhong2017ThreePublicFinalAccountsExplained,
  chuxiong2022H1GeneralBudgetExecution,
  chuxiong2022PrefectureLinkageFundPlan,
  chuxiong2023EconomicConstructionFundsIssued,
  chuxiongAgriTestingCentre2019ProjectSelfeval,
  chuxiongCity2024LinkageFundBatch1ProjectList,
  chuxiongNpcOffice2023ProjectSelfeval,
  chuxiongRuralEconomyStation2021ProjectSelfeval,
  chuxiongTcmHospital2023ProjectSelfeval,
  chuzhou2020ForestTownVillageAwardsAllocation,
  chuzhouEtdz2023ProvincialManufacturingAwards,
  cili2024GrainAwardDoubleRiceList,
  cixi2023InfantCareProjectTargets,
  cixi2025DigitalEconomyAwards,
  conghua2023CoopDemoKeySupportList,
  county2024MayRevenueTwoBreakdowns,
  dachuan2024LinkageAllocation,
  dadukou2024PartyBuildingSelfeval,
  dadukouCityManagement2020AppropriationSummaryFinalAccounts,
  daguanTianxing2021HealthCentreIncomeExpenditureAccounts,
  dajing2022GpbExpenditureFinalAccounts,
  dalate2022BudgetAdjustment,
  dalian2015FirstSetInsuranceSubsidy,
  dalian2023TechFirmSupportPoliciesAwards,
  dalian2024HydrogenVehicleSubsidyList,
  dalian2024TechInnovationPlatformMeasures,
  dalianHitech2023SpecialisedFirstRecognitionAwards,
  dalianHitech2025DigitalEconomyFundRecommendedList,
  dalianPolytechnicUniv2021IncomeFinalBySource,
  damaoLotteryFundOldRevolutionaryVillageProjects,
  danzhou2013AugKeyProjectsProgressByStage,
  danzhou2023FinanceBureauGpbExpenditure,
  daqing2015BackboneIndustryGrowthAwards,
  daqing2024ProjectTargetApplication,
  daqingDatong2023LinkageProjectPlan,
  dawukou2023DebtLimitAdjustment,
  dayao2024AprBudgetExecution,
  dayeJinshandian2022GpbExpenditureFinalAccounts,
  daying2020CivilityFundTargetsAndMoney,
  daying2023SelfevalJudicial,
  daying2024FinanceBureauGpbExpenditureFinal,
  daying2024RoadMaintenanceProjectSelfeval,
  dazhou2020IndustryPovertyFundAllocation,
  dazhou2021SurveyCentreThreePublicFinalAccounts,
  dazhou2022ProjectReviewUnitThreePublicAccounts,
  dazhouProvincialTransportPovertyFundBatch2,
  dazu2020DevelopmentReformCommissionOverallSelfeval,
  dazu2020GeneralBudgetBalanceFinalAccounts,
  dazu2023UrbanManagementGpbExpenditureBudget,
  dazu2024RuralHousingBatch2Allocation,
  dean2019GeneralBudgetExpenditureFinalAccounts,
  dehua2020CityPovertyFundBatch2Arrangement,
  dehua2025FeaturedAgriFundBatch1Allocation,
  deqing2024SmartManufacturingAwards,
  dianjiang2021RuralHousingBatch1PlanByTown,
  dianjiangPeixing2021GpbExpenditureByItem,
  dingxi2020IndustrialStrongCityAwards,
  dingxi2023IndustrialSupportPolicyList,
  diqing2023SteadyGrowthMeasuresSubsidies,
  diqingHealth2024RemoteConsultationSelfeval,
  district2013H1RevenueSpendingExecution,
  district2022H1DirectFundsYiyuan,
  division142019FarmMachinerySubsidySelfeval,
  dongchangfu2021GeneralBudgetRevenueExecution,
  dongfeng2023BlackSoilSubsoilingSeedling,
  dongguan2017UnderdevelopedTownsFundPool,
  dongguan2019TechreformPostAwardPlan,
  dongguan2020EquipmentManufacturingGrant,
  dongguan2020FinanceLeaseInterestBatch4Payment,
  dongguan2022LianghuaBatch1,
  dongguan2022SingleChampionAwardPayment,
  dongguan2022SpecialisedSmeLoanInterestPlan,
  dongguan2023SingleChampionRecognitionAwards,
  dongguan2025AboveScaleGrowthAwards,
  donghu2023GreenFactoryAward,
  donghu2023JiebangGuashuaiRecommendations,
  dongjing2026EconomyMeasures,
  dongli2020GuanghuiRoadSelfeval,
  dongpoAudit2014ThreePublicFinal,
  dongpoHealth2015ThreePublicFinalAccounts,
  dongqianhu2021GeneralBudgetExecution,
  dongyang2023FiscalFinalAccountsSummary,
  dongyang2025TechInnovationPolicyPayout,
  dongyingYellowBlueZoneFundBatch2Projects,
  doumen2022SubdistrictThreePublicFinalAccounts,
  duji2021GovOfficeThreePublicFinalAccounts,
  dujiDevZone2020ThreePublicBudget,
  dujiOfficeAffairs2021ThreePublicFinalAccounts,
  dujiSpecialHardshipSupportPayout,
  duzhou2026StreetOfficeBudgetByFunction,
  echeng2022ThreePublicFinalAccounts,
  enshiCentralHospital2017ExpenditureFinalByFunction,
  enyangHuacong2021GpbExpenditureFinalAccounts,
  equipmentAnnexQiqiwenku,
  equipmentBudgetYuanUnitPrice,
  eryuanXishan2023GpbIncomeExpenditureFinalAccounts,
  etuoke2023SepLinkageFundDisbursement,
  ewenke2024GeneralBudgetBalance,
  ewenke2025GeneralBudgetExecution,
  ezhou2022MunicipalBudgetFinalAccounts,
  ezhou2022ProjectPerformanceTargets,
  fangchenggangHealth2016ThreePublicBudget,
  fangshanSx2020IntegrationFundAdjustedPlan,
  feixiCppcc2018ThreePublicBudget,
  fengdu2021CountyGeneralBudgetBalanceFinal,
  fengdu2024ForestryBureauGovFundFinalAccounts,
  fenghua2022OutsourcedProcessingBatch2Allocation,
  fenghua2022SeedIndustryUpgradePrepayment,
  fengjie2023YunwuProcessingParkTargets,
  fengnanDaxinzhuangHealthCentre2017ThreePublicFinal,
  fengqiu2018IntegratedPovertyFundsAllocation,
  fengquan2022ProvincialLinkageArrangement,
  fengtaiDonggaodi2020GpbExpenditureFinalAccounts,
  fengtaiPark2022SocialAffairsCentreGpbExpenditure,
  fengtaiXincun2024GovernmentProcurement,
  fengxian2023VegetableMappingSubsidyAllocation,
  fengxin2023CountyThreePublicBudgetChange,
  fengxin2024ProvincialLinkageAllocation,
  fengyangRuralDilapidatedHousingSubsidyStandards,
  foshan2025InclusiveInvestmentAwardBatch2Plan,
  foshan2026InclusiveManufacturingInvestmentAwardPlan,
  fucheng2019ThreePublicBudget,
  fujian2010InnovativeEnterpriseProjectFundAwards,
  fujian2013MayPublicExpenditureByCity,
  fujian2013SmallIrrigationKeyCountyBatch5List,
  fujian2015ProvincialMajorSpendingBudget,
  fujian2016ForestryLoanInterestAllocation,
  fujian2016ScenicAreaUpgradeAwards,
  fujian2017TaiwanCompatriotsAssociationTargets,
  fujian2018GrainOilCountyCentralAwards,
  fujian20192022RuralDemoFundRaisingPlan,
  fujian2019MarPeopleProjectsReleaseProgress,
  fujian2019PovertyKeyCountiesAdvanceSubsidy,
  fujian2019TechLittleGiantCultivationList,
  fujian2020GrainOilCountyAwardList,
  fujian2020PeopleProjectsFundReleaseProgress,
  fujian2022SpecialisedSmeBatch3Awards,
  fujian2023JunPeopleProjectsRelease,
  fujian2024LotteryPublicWelfareKeyProjects,
  fujianCounty2023CountyCommerceProjects,
  fujianCountyIndustryServiceSupportMeasures,
  fujianPovertyCountiesIndustryAwardAllocation,
  fujin2014AgriMachineryPurchaseSubsidyList,
  fujin2025RuralRevitalisationProjectLibrary,
  fuliang2025ProvincialLinkageProjectAllocation,
  fuling2023DistrictThreePublicBudget,
  fulingTown2023GeneralBudgetFinalAccounts,
  fulingXinmiao2021ThreePublicFinalAccounts,
  fuqing2017PeakPowerAward,
  fuqing2021RevenueExecutionFromBudgetReport,
  fuqing2023H1BudgetExecution,
  fushun2022SmartManufacturingQualityFirmsFund,
  futian2024DistributedPvSupport,
  fuyang2020ProvincialTourismFundDistribution,
  fuyuanMohong2021SelfevalYunnan,
  fuzhou2017ExhibitionFundShowSubsidies,
  fuzhou2019IndustrialGrowthAwards,
  fuzhou2019RuralRevitalisationPilotVillages,
  fuzhou2020MayWaterInvestmentProgress,
  fuzhou2021AugDirectFunds,
  fuzhou2022RuralEnvironmentFunds,
  fuzhou2022RuralRevitalisationAwardsAllocation,
  fuzhou2023RdPlatformAwards,
  fuzhou2024DirectFundsYearEnd,
  fuzhou2026JasmineTeaMeasuresAwards,
  fuzhouJx2025HitechAwardPolicies,
  fzpolytechnic2020ThreePublicFinalAccounts,
  gangu2023CountyFinalAccounts,
  gannan2024EcoCivilisationVillagesByCounty,
  gansu2009SeedSubsidySettlementAllocation,
  gansu2010IndustrialStrongProvinceFirmAwards,
  gansu2011HerderProductionSubsidyByCity,
  gansu2012ProvinceFiscalBudgetExecution,
  gansu2014ProvincialSpendingFinalByFunction,
  gansu2014SpecialisedSmeRecognitionList,
  gansu2015Q1KeyMajorProjectsProgress,
  gansu2016GrasslandGrazingBanSubsidyByCounty,
  gansu2020LanzhouFairInvestmentProjectAwards,
  gansu2021ProvinceGeneralBudgetExecution,
  gansu2022ScienceAwardBonusStandardsAndPayments,
  gansu2023ProvincialGeneralBudgetResources,
  gansu2025H1GeneralBudgetDoubleHalf,
  gansuIndustrialNewProductAwardTiers,
  gansuTransportCollege2021ThreePublicFinalAccounts,
  ganzhou2015TourismDevelopmentAwards,
  ganzhouCultureTourismAwardClausesAndList,
  ganzi2022ZhejiangPromotionTargets,
  gaobeidian2023FarmMachinerySubsidyFunds,
  gaochang2025GeneralBudgetExecution,
  gaogang2018IndustryTenMeasuresAwardAllocation,
  gaotang2015GuaranteedLoanInterestPayout,
  gengma2022GovernmentServicesSelfeval,
  golmud2025AidWorkshopAwards,
  gonghe2021IntegratedAgriFundsSources,
  gongliu2020PovertyBondBatch2ProjectPlan,
  gongliu2021PovertyProjectPlanByCategory,
  gongqingcheng2025ApparelTalentTrainingAwards,
  gongshu2020GeneralBudgetSpendingByFunction,
  grant2022PaymentListNpbpp,
  guangan2025EconomicRecoveryMeasuresAwards,
  guangde2019TwentyStrongParkAward,
  guangdong2014ParkFundEnterpriseInnovationAllocation,
  guangdong2015TechreformBatch4Plan,
  guangdong2017HitechCultivationBatch1,
  guangdong2017IndustryCoBuildingAwardPlan,
  guangdong2017VillageEnvironmentAwardTiers,
  guangdong2019TechreformAwardRatioAllocationTargets,
  guangdong20202021GreenwayIncentiveList,
  guangdong2021NewUniversitiesFundTargets,
  guangdong2022RuralDemoBeltAwards,
  guangdong2023BorderCountyTransferAllocation,
  guangdong2023LeadBasicResearchAllocation,
  guangdong2023LinkageFundBatch2CityAllocation,
  guangdong2023ProvincialSingleChampionPublicityList,
  guangdong2024KeyLittleGiantAwardAdjustment,
  guangdong2024ScienceAwardFundingPlan,
  guangdong2024SingleChampionBatch8Award,
  guangdong2026BqwKeyTaskFundAreas,
  guangdongCityDept2019AdminThreePublicBudget,
  guangdongCityJulyPublicBudgetExecution,
  guangdongFinanceDept2023ThreePublicFinalAccounts,
  guangdongH1TreasuryQuotaComposition,
  guangdongHealthServiceCentre2017IncomeExpenditureFinal,
  guangdongSme20082009EvaluationBaseinfo,
  guangfeng2023TechInnovationAwardSelfeval,
  guanghe2021EastWestCooperationSpending,
  guangming2020EnterpriseQualityMeasuresAwards,
  guangming2021EfficiencyContributionAward,
  guangshui2021RuralRoadSelfeval,
  guangxi2017CountyEconomyProgressAwards,
  guangxi2017ExamServiceCentreIncomeExpenditureAccounts,
  guangxi20182019DilapidatedHousingBatch2Tasks,
  guangxi2018AnniversaryPublicProjectsFunding,
  guangxi2018SupplyCoopReformProjectsSupport,
  guangxi2019InvestmentPromotionIncentives,
  guangxi2019LivelihoodProjectsFundingPlan,
  guangxi2020RdInvestmentAwardBatch2List,
  guangxi2021AgriProductionFundByTask,
  guangxi2021H1GeneralBudgetRevenueExecution,
  guangxi2021IndustrialLeaderEnterprisesBatch1,
  guangxi2021InvestmentPromotionAwardAllocation,
  guangxi2021LinkageBatch4IndustryAllocation,
  guangxi2021Q1PeopleProjectsFundRelease,
  guangxi2021Q4IndustrialGrowthMeasures,
  guangxi2021RuralEnvironmentCentralFundAllocation,
  guangxi2022CountyCommerceFundTargets,
  guangxi2022H1GeneralBudgetExpenditureByFunction,
  guangxi2022H1RegionBudgetRevenueSpending,
  guangxi2022IndustrialInvestmentAdvancedAreas,
  guangxi2022SingleChampionAward,
  guangxi2022SugarcaneVarietyPostSubsidy,
  guangxi2022ThousandFirmTechreformSubsidy,
  guangxi2023AutumnWinterTravelAgencySubsidies,
  guangxi2023H1BudgetExecution,
  guangxi2023NewEnergyLocalSourcingAwards,
  guangxi2023QianqiTechreformSupportList,
  guangxi2023SpringFestivalProductionAward,
  guangxi2023SpringProductionAward,
  guangxi2024CapitalConstructionBatch1AndPreparatoryFund,
  guangxi2024IndustrialRevitalizationMeasures,
  guangxi2024Q1IndustrialSpeedupSubsidy,
  guangxi2024RuralHousingRenovationTasksByCity,
  guangxi2025CentralCapitalAdvanceAllocation,
  guangxi2025IndustryTransportFundByField,
  guangxi2025LinkageFundAdvanceRegionalTargets,
  guangxi2025Q1OpeningIndustryMeasuresAwards,
  guangxi2025Q4IndustryCountyAwardsAllocation,
  guangxiCultureTourismDept2021ThreePublicFinalAccounts,
  guangxiForeignAffairs2022ProjectTargets,
  guangxiJgswj2023ThreePublicExpensesAccounts,
  guangxiParkInfrastructureRuralRevitalisationFund,
  guangxiStatisticsBureau2022ThreePublicFinalAccounts,
  guangyuan2016StandardFactoryRentSubsidy,
  guangzhou2021ClusterPromotionFundPlanTargets,
  guangzhou2025SmallMicroUpscaleAwardPlan,
  guangzhouBaiyun2013DistrictThreePublicFinalVsLastYear,
  guangzhouJanAprGeneralBudgetProgress,
  guanshengIndustryCentre2026EpidemicPreventionProjectTargets,
  guantang2023DepartmentOverallSelfeval,
  guigang2021CultureTourismFundAwards,
  guilin2022SpongeCityFundSelfeval,
  guilinJustice2015ThreePublicBudget,
  guiyang2020SciTechPolicyDigestAwards,
  guiyangHunanRuralRoadsUpgradeSelfeval,
  guizhou2013ProvincialDepartmentsThreePublicAccounts,
  guizhou2018JulyNewMajorProjectsByPrefecture,
  guizhou2021MajorProjectsPlanByType,
  guizhou2023IndustrialLeaderAwards,
  guizhou2023SmeSpecialtyClusterList,
  guizhou2025LivelihoodFundsByLine,
  guizhou2025ProvinceGeneralBudgetExpenditureExecution,
  guizhouJanAugMajorProjectsInvestmentProgress,
  guizhouLotteryFundRevolutionaryCountiesAllocation,
  guizhouServicesFundNewStatisticalFirmsAwards,
  guizhouSrdiSmeRecognitionListWithCriteria,
  guzhang2018EcommerceCentralFundPlan,
  guzhen2023GovernmentOfficeGpbExpenditureFinalAccounts,
  haibei2018GrasslandSubsidyAllocation,
  haicang2020LeapfrogGrowthAward,
  haidian2016SelfevalBeijing,
  haidian2024DistrictSpendingExecutionByFunction,
  haidianGanjiakou2012FiscalExpenditureBudget,
  haidong2016SocialProgrammeInvestmentByCategory,
  haidong2018EastWestCooperationAllocation,
  haikou2014TyphoonFarmRecoverySubsidyPlan,
  haikou2019RubberIncomeInsurancePremiumShares,
  haikou2020HitechIndustryMeasuresAwards,
  haikou2021SepRevenueSpending,
  haikouHitech2020FirstHteAwards,
  haikouHitech2022YunlongRoadNetworkSelfeval,
  haikouHitech2024BiodegradableMaterialsMeasures,
  haikouHitechInvestmentGuideIndustryAwards,
  haikouIntermediateCourt2021ThreePublicFinalAccounts,
  haimen2023ToiletRevolutionAllocation,
  hainan2002KeyPushProjectsPlan,
  hainan2009NewCentralInvestmentByItem,
  hainan2012H1ProvincialSoeSupervisedProjects,
  hainan2012LocalBondAllocationByUse,
  hainan2013LocalBondFundUse,
  hainan2013SmeGrowthAwards,
  hainan2014JanSepPublicFinanceExecution,
  hainan2015PublicBudgetRevenueSpendingByFunction,
  hainan2018PovertyFundPerformanceAwards,
  hainan2020DemoVillageSubsidyList,
  hainan2020GeneralBudgetExpenditureExecution,
  hainan2020MayKeyProjectsInvestmentProgress,
  hainan2021CentralBudgetInvestmentReformDirections,
  hainan2021ProvincialSpecialisedSmeList,
  hainan2021Q4ExhibitionProjectAwardAllocation,
  hainan2021RdInstitutionFiscalMeasures,
  hainan2022MajorWaterProjectsInvestmentProgress,
  hainan2023FtpBatch2ProjectStartsByType,
  hainan2023HighSchoolConditionsAllocation,
  hainan2023InvestmentTechreformMeasures,
  hainan2024CentralCapitalInvestmentProvincialUnits,
  hainan2024ScaleUpAwardStandards,
  hainan2024ScaleUpTierAwards,
  hainan2025SciTalentRollingSupportBatch1,
  hainanAudit2016ThreePublicBudget,
  hainanAudit2019ThreePublicFinalAccounts,
  hainanCommerce2023SocialServiceProjectSelfeval,
  hainanCommerceServiceTradeSelfeval,
  hainanFic2022ThreePublicFinalAccounts,
  hainanKeyProjectsInvestmentProgressByCounty,
  hainanNpcOffice2017DeputyServiceSelfeval,
  hainanResearchOffice2013MacroForecastTargets,
  hainanSeedStation2020AgriTechPromotionSelfeval,
  hainanTransport2022ThreePublicBudget,
  hainanTropicalAgricultureIndustryFundAllocation,
  haishu2017MadeInChina2025BackboneFirmAwards,
  haixi2017EnergySavingEmissionFundByUse,
  haiyuan2022ApprovalBureauProjectSelfeval,
  haiyuanGanyanchi2023ThreePublicExpenses,
  haiyuanGaoya2023HealthCentreGpbExpenditureFinalAccounts,
  haizhu2022AgriLeadingEnterpriseAwardList,
  hami2025GeneralBudgetTransfersToCounties,
  hangjinJirigalangtu2016GpbExpenditureFinalAccounts,
  hanyang2013ThreePublicFinalAccounts,
  hanyin2021IntegratedFundsProjectPlan,
  hanzhong2021IndustrialDoublingMeasures,
  hanzhong2023KeyProjectsMidyearAdjustment,
  harbin2010sUrbanSewageNetworkSubsidyAllocation,
  harbin2017IndustryAccelerationPolicies,
  harbin2021KeyProjectFixedAssetSubsidy,
  harbin2022Q2OutputGrowthAwardList,
  harbin2023Q1OutputIncreaseAward,
  harbinNewarea2024IndustrialInvestmentAwards,
  hbeu2023SelfevalHubei,
  hbou2022SpecialFundsExecution,
  hbust2021StudentAidSelfevalResults,
  hebei2009CityRenewalProjectsByCity,
  hebei2011JanNovBudgetExecution,
  hebei2013IndustrialTechRenovationFundSources,
  hebei2013VillageUpgradeProvincialSubsidyByCity,
  hebei2014RuralDibaoAverageStandardByCity,
  hebei2015RuralDilapidatedHousingAllocation,
  hebei20162017BeijingTianjinPairedAssistanceFunds,
  hebei2016FloodDamagedRoadRebuildAllocation,
  hebei2016H1BudgetExecution,
  hebei2016TechInnovationDemoFirmsPublicity,
  hebei2018CentralGuidedSciTechFundEnterpriseList,
  hebei2018CentralGuidedSciTechProjects,
  hebei2018CleanHeatingPilotCityBudget,
  hebei2018FeatureIndustryCountiesTownsList,
  hebei2018StrategicEmergingIndustryBatch2Projects,
  hebei2019RuralWaterSafetyUpgradeTargets,
  hebei2019ThousandTechRenovationProjectsTargets,
  hebei2020CleanHeatingPilotCityAllocation,
  hebei2021CountyClusterRevivalProjectRecommendations,
  hebei2022Batch1SpecialisedSmeList,
  hebei2022JanJulBudgetExecution,
  hebei2022LinkageFundSources,
  hebei2022ProvincialEcologyKeySpendingPlan,
  hebei2022WaterDisasterReliefTransferSelfeval,
  hebei2023CountyClusterLeaderFirms,
  hebei2023GreenManufacturingProposedList,
  hebei2023H1CityFiscalRevenue,
  hebeiBeautifulVillageAwardAllocation,
  hechuan2021BudgetExecutionSummary,
  hechuanCq2019SmartRenovationSubsidyClause,
  hefei2023DepartmentThreePublicFinalAccounts,
  hefei2023ListingFinancingAwards,
  hefeiSecondHospital2021ThreePublicBudget,
  heihe2022IndustrialRevitalisationMeasures,
  heilongjiang2013DeepLooseningSubsidyPilot,
  heilongjiang2014SuperGrainGrowerFacilitySubsidy,
  heilongjiang2016StrawPilotFundDisbursement,
  heilongjiang2016WaterCentralInvestmentCompletion,
  heilongjiang2019HundredProjectsFundArrival,
  heilongjiang2020StandardsBuildingSubsidy,
  heilongjiang2021H1FiscalExecution,
  heilongjiang2021IndustrialInternetMatchingSubsidy,
  heilongjiang2022DigitalEconomySupportCatalog,
  heilongjiang2022IndustrialRevitalisationMeasures,
  heilongjiang2022SixteenPolicyRulesTechDigitalAwards,
  heilongjiang2023DigitalEconomyLoanInterestSubsidy,
  heilongjiang2023SingleChampionAwards,
  heilongjiang2024CapacityExpansionAwardList,
  heilongjiang2025DigitalLongjiangRulesCatalog,
  helan2024CountyBudgetAdjustmentExpenditure,
  helanModernAgriParkCentralAwardFundUses,
  henan2010TopTenIndustrialClusterAwards,
  henan2011IndustrialClusterAdvancedUnitsAwards,
  henan2013ProvincialThreePublicFinalAccounts,
  henan2015ProvincialThreePublicFinalAccounts,
  henan2016HighGrowthServicesGuideFundProjects,
  henan2017FtzCbecFundAwards,
  henan2017IndustrialClusterStarAwardsList,
  henan2019AgriProductionCentralInvestmentByCity,
  henan2021BellwetherEnterpriseAward,
  henan2021CentralSmeFundAllocationByDirection,
  henan2022Q2FullCapacityProductionAwards,
  henan2023AdvancedManufacturingClustersProposedList,
  henan2023GreenTechDemoCultivationList,
  henan2023IndustrialChainUpgradeMeasures,
  henan2023LinkageFundCountyBonusAward,
  henan2023LittleGiantBatch5RecommendationList,
  henan2023ZeroCarbonCupGreenTechWinners,
  henan2024PigCountyProvincialPooledAward,
  henan2025CostReductionRndMeasuresAwards,
  henan2025EnterpriseInnovationMeasures,
  henanXinxiang2022Q1FullCapacityAwardList,
  hengdongMchCentre2017GpbExpenditureFinal,
  hengshan2020CountyGrainReserveSelfeval,
  hengshui2026TechUpgradeSupportMeasures,
  hengshuiArchives2017ThreePublicBudget,
  hengyang2021EnterpriseAwardReformGoals,
  hengyang2024ManufacturingSupportAwards,
  hengyang2025VegetableClusterCentralFunds,
  hengyangxian2021IndustryAwardMeasures,
  hepingTj2024GeneralBudgetExecution,
  heshan2022AboveScaleBatch1,
  heshan2024LinkageFundDistrictPlan,
  hetang2023LinkageFundMunicipalAllocation,
  hnfiCollege2016ExpenditureFinalAccounts,
  hohhot2024NewOutputValueAwards,
  honghe2024DataCentreProjectExecution,
  hongheCounty2018ThreePublicFinalAccounts,
  hongjiang2024GovernmentOfficeThreePublicFinalAccounts,
  hongmei2018DoublingPlanAward,
  hongqiaoTjCourt2017ThreePublicFinalAccounts,
  hongsibu2024ForestryDemoBaseSubsidy,
  hongya2021RuralRevitalisationExpenditureFinalAccounts,
  horgos2022SmeJobRetentionRefundBatch3,
  horqin2021DistrictRevenueExpenditureExecution,
  hotan2018ForestryFundAllocation,
  hotan2020RuralEnvironmentIntegratedAllocation,
  hotanCity2020WorkReliefDemonstrationPlan,
  huachi2022LinkageSurplusByDepartment,
  huadu2025BusinessSupportMeasuresAwards,
  huaihua2023ConsumptionPromotionEventSupport,
  huaiyuan2023OfficePropertySelfeval,
  huanggang2023PreparedFoodMeasures,
  huangpi2021SmartRetrofitFirstReviewList,
  huangpi2022LittleGiantBatch3Award,
  huangpi2022SmartRetrofit,
  huangpi2023MunicipalSmartRetrofit,
  huangpu2023DistrictRevenueExecution,
  huangshi2019MonitoringHeritage,
  huangshi2023Q1FitnessDemoProjectsProgress,
  huangyan2022GaoqiaoNoodleTownBatch2Plan,
  huangyan2024LogisticsQualityAwards,
  huanjiangDacai2019GpbExpenditureFinalAccounts,
  huaxian2011GeneralBudgetExpenditureCompletion,
  huayingIndustrialTenPoliciesAwards,
  hubei2009FarmMachineryBatch2SettlementByCity,
  hubei2017OldRevolutionaryAreaTransferByCity,
  hubei2017ProvincialTourismFundAssessedProjects,
  hubei2019JointCreationVillageAwards,
  hubei2022SingleChampionCandidates,
  hubeiPeoplesHospital2021KeyProjectTargets,
  huhhotCounty2023WaterFundRegionSelfeval,
  huizhou2023UpgradeAwardCityCountySplit,
  huizhou2024TypicalTownFundBatch2Allocation,
  huli2025Q1GoodStartMeasuresAwards,
  hunan2015ProvincialThreePublicBudget,
  hunan2016NewAboveScaleCountyAwards,
  hunan2016ProvincialThreePublicBudget,
  hunan2017LotteryFundPoorCounties,
  hunan2019JanAugKeyProjectsInvestmentProgress,
  hunan2020LittleGiantEnterpriseList,
  hunan2020RuralEnvironmentCentralInvestmentPlan,
  hunan2021DrainageCentralInvestmentBatch1,
  hunan2021EnterpriseRdAwardList,
  hunan2021YangtzeDongtingGreenDevelopmentPlan,
  hunan2022ConsumerGoodsThreeProductsBenchmarks,
  hunan2022CultureTourismFundDramaSelfeval,
  hunan2023SteadyGrowthTwentyMeasuresAwards,
  hunan2024BenefitSubsidyPolicyCatalog,
  hunan2024PigCountySlaughterAllocation,
  hunan2024ProvincialGeneralBudgetExecution,
  huoqiu2025ModelVillageLinkageFundAllocation,
  hutubi2015CottonTargetPriceSubsidyVillagePublicity,
  huyi2018PoorHouseholdIndustryFundPlan,
  huyi2020FiscalFinalAccountsSummary,
  huzhou2025IndustrialDevelopmentFundBudgetPlan,
  huzhou2025SciTechTalentPolicyCatalog,
  jcut2021DisciplineProjectSelfeval,
  jiading2018ServiceIndustryGuidanceFund,
  jiading2020DirectFundsSpending,
  jiading2023GeneralBudgetFinalAccounts,
  jiading2023H1RevenueExecution,
  jiading2024FacilityVegetableUpkeepAwards,
  jiadingJustice2017ThreePublicFinalAccounts,
  jiamusiJiaoqu2019MinorityFundProjects,
  jian2018WaterProjectsInvestmentPlan,
  jian2026CooperativeFacilityReserveFiling,
  jianHitechEnterpriseAwardPoliciesList,
  jiancaoping2021GeneralRevenueFinalAccounts,
  jiande2023q3BigfirmAward,
  jiangbeiCq2021KeyPerformanceEvaluationProjects,
  jiangbeiCq2021ThreePublicBudget,
  jiangjin2016JobStabilisationSubsidy,
  jiangjin2024BinjiangNewTownCentreExpenditureFinal,
  jiangmen2016GovernmentOfficeThreePublicBudget,
  jiangmen2021MayMunicipalSpendingProgressRanking,
  jiangmen2022AboveScaleAwardBatch2Plan,
  jiangmen2024InclusiveManufacturingInvestmentAwardPlan,
  jiangmen2024TechreformAwardProjects,
  jiangsu2011KeyDisciplineFundLedger,
  jiangsu2019HitechCultivationFundBreakdown,
  jiangsu2020SupervisionIncentiveRegionsList,
  jiangsu2022BorderAreaTransferAllocation,
  jiangsu2022HitechCultivationAwardClauses,
  jiangxi2008ModernAgriFundByIndustry,
  jiangxi2010RuralRoadSpecialFundAllocation,
  jiangxi2013AugFarmMachinerySettlementProgress,
  jiangxi2014GrainOilCountyAwards,
  jiangxi2015AgriPrimaryProcessingSubsidy,
  jiangxi2015GrainOilSeedCountyAwards,
  jiangxi2017BinhuFourCountiesInvestment,
  jiangxi2017SpecialisedSmeRecognitionList,
  jiangxi2018PigCountyAwardAllocation,
  jiangxi2019SingleChampionAward,
  jiangxi2020CentralAgriProductionFundByUse,
  jiangxi2020NationalCoopDemoApplicants,
  jiangxi2020ProvincialScienceFundBatch1Allocation,
  jiangxi2021CentralLinkageFundCityAllocation,
  jiangxi2023Batch1HighTechCandidates,
  jiangxi2023GanjiangShippingSupportCatalog,
  jiangxi2024h1ProvincialEnterpriseTechCentreList,
  jiangxi2025ClusterTechreformPilotAllocation,
  jiangxiYiyang2023LinkageFundSources,
  jiangxia2023NewAgriEntitiesAwardCatalog,
  jiangxia2023RuralRoadMaintenanceSelfeval,
  jiangxia2023SpecialisedSmeAward,
  jiangyan2025OldAreaLotteryProjectFunds,
  jiangyin2020RdPostSubsidyList,
  jiangyinHitech2018IndustrialClusterFund,
  jiangyou2021ProvincialLinkageFundUsePlan,
  jianyang2016ChengduSupportFundPlan,
  jiaocheng2022GeneralBudgetFinalAccounts,
  jiaozuo2018PovertyFundAllocation,
  jiatang2022TownshipThreePublicFinalAccounts,
  jiaxian2016ProjectTargetForm,
  jiaxian2022ForestFarmLinkagePlan,
  jiaxian2022LinkagePlanByType,
  jiaxian2023EthnicLinkageSurplusProject,
  jiayuPaizhouwan2022ThreePublicFinalAccounts,
  jiayuguan2022AgricultureBureauGpbExpenditureFinalAccounts,
  jiayuguan2022GovernmentInvestmentProjectsProgress,
  jiayuguan2023MuseumFreeOpeningTargets,
  jiefangbeiCbd2023GovernmentFundFinalAccounts,
  jilin2016SmeAboveScaleUpgradeAwards,
  jilin2017PigCountyProvincialAwardAllocation,
  jilin2018ChangjituSpecialFundAllocation,
  jilin2018RuralToiletTransferSelfeval,
  jilin2021GreenhouseCountyAward,
  jilin2022CentralAirPollutionFundAdvance,
  jilin2022ProvincialSpecialisedSmeList,
  jilinCity2021BlackSoilProtectionAllocation,
  jilinCity2021GeneralBudgetCompletion,
  jilinCity2023PrivateEconomyFinanceMeasures,
  jilinCity2023SteadyGrowthIncrementTwoQuarters,
  jilinRuralLivingEnvironmentCentralInvestmentTop4,
  jinan2014MunicipalThreePublicBudget,
  jinan2019TechRenovationSupportClauses,
  jinanHitech2020HitechFirmRecognitionAwards,
  jinanLa2025SportsBureauEventTargets,
  jincheng20161533IndustrialActionAwards,
  jinfeng2017WaterDevelopmentFundSelfeval,
  jinghai2025CoalToElectricityHeatingSubsidy,
  jinghe2025LinkageFundProjectAllocation,
  jingjiang2023ProvincialTransformationFundBatch1,
  jingmenWater2022RiverChiefSelfeval,
  jingning2022TwoZonesInfrastructureProjectPlan,
  jingning2023LinkageFundBatch3IndustryProjectPlan,
  jingzhou2019ThreeGorgesFollowUpProjects,
  jingzhou2023JobRetentionRefundIncompleteInfoList,
  jinhu2016AgriDevelopmentLandProjectFunds,
  jinhua2022HitechAdvancePayment,
  jinhuaEtdz2024AllAreaTourismAwardPayout,
  jining2021JanFebHundredTechRenovationInvestment,
  jiningNo2Hospital2017IncomeExpenditureFinalAccounts,
  jinkouhe2026ThreePublicBudgetBySource,
  jinpingYingpan2024ThreePublicAndRunningCosts,
  jinpu2023GazelleUnicornFilingAwards,
  jintan2022Q1DirectFunds,
  jintangGuancang2015ThreePublicFinalAccounts,
  jinzhai2021GrainFarmerOneOffSubsidyTowns,
  jinzhai2021SpringCompulsoryStudentAidTowns,
  jinzhai2023TeaValleyVillageCentreOverallSelfeval,
  jinzhai2025LinkageBatch1Allocation,
  jinzhaiEtdz2021PropertyManagementTargets,
  jinzhong2022PrivateEconomyAwardPayout,
  jiuhuashanReligion2019ThreePublicFinal,
  jiujiang2019OldRevolutionaryAreaTransfer,
  jiujiang2022AgriLeadingEnterpriseRecognition,
  jiujiang2024ServiceSectorQualityMeasures,
  jiujiangCounty2013KeyTownLinkageGuideFund,
  jiujiangCounty2015FarmlandWaterProjectTargets,
  jiujiangFifthHospital2025ThreePublicBudget,
  jiujiangNo3MiddleSchool2021ThreePublicFinal,
  jiujiangSpecialisedSmeSupportPolicyList,
  jiulongpoCq2024EnterpriseQualityDevelopmentClauses,
  jiuquan2023IndustrialInnovationAwardsByCounty,
  jiutai2022SpringFestivalProductionAwards,
  jixi2022DigitalEconomyLeadingFirmInterest,
  jixiAnhui2018ProvincialAgriProjectArrangement,
  jiyuan2024LinkageFundIndustryProjectPlan,
  jizhou2020SkynetTransferProjectSelfeval,
  jizhouFarmMachinerySubsidyByType,
  julu2024LinkageFundUsePlan,
  jxufe20142017UniversityIncomeByYear,
  kailu2017TourismIndustrySupportAwards,
  kaiyuan2017ThreePublicBudgetTwoYearsAcross,
  kaizhou2025H1GeneralBudgetExecution,
  kaizhouDajin2024ThreePublicFinalAccounts,
  keqiao2021BudgetExecutionSummary,
  kizilsu2021ConsolidationProjectFundProgress,
  kizilsu2025FarmlandSubsidyPayment,
  kunming2022BiomedicineChainApplicablePolicies,
  kunming2023BiomedicineSupportClauses,
  kunming2023IndustrialParkFund,
  kunmingCultureTourism2024BudgetAndFinalSpending,
  kunshan2025InnovationConsortiumSupport,
  langfang2019SelfevalHebei,
  langya2019LandUseTaxAwards,
  lanshan2023GeneralBudgetExpenditureFinalAccounts,
  lanzhou2013RuralWaterAndGridCentralInvestment,
  lanzhou2018InvestmentAttractionTeamAwards,
  lanzhou2020TechSmeBatch2EntryList,
  lanzhouThirdHospital2026ThreePublicMeetingTrainingBudget,
  lanzhouXinqu2024AboveScaleEntryAwards,
  lanzhouXinqu2025LivestockLoanInterest,
  laoting2021SelfevalRandomInspectionAudit,
  leiyangNo4School2021GpbExpenditureFinalAccounts,
  leizhouLongmen2018TownBudgetByEconomicClass,
  leshan2021WaterFundAllocation,
  lhasa2018ForeignTradeMicroFirmAwards,
  lhasa2018ShotonInvestmentSigningSummary,
  lhasa2021KeyProjectsJulyInvestmentProgress,
  lhasa2023InvestmentIncentiveCatalog,
  liandu2022AboveScale,
  liangping2021ThreePublicFinalAccountsSummary,
  liangshan2011YiNewVillageFundsInPlace,
  liangshan2022PrefectureThreePublicFinalAccounts,
  liangxi2018SmartUpgradeAwards,
  liangxi2019ModernIndustryPolicyAwards,
  liangzihu2021DistrictThreePublicFinalAccounts,
  lianhua2022IndustrialQualityAwardMeasures,
  lianhua2025EnterpriseSupportAwards,
  lianwei2023ThreePublicBudgetByUnit,
  lianyungang2015DigitalCityCentreThreePublicMeetingsTraining,
  lianyungang2017BeautifulVillageProvincialAllocation,
  liaoheSiping2016FarmMachinerySubsidyByKind,
  liaoning2018StrawUtilisationPilotCountiesAllocation,
  liaoning2020ZhuaganShiganIncentiveList,
  liaoning2021GazelleEnterpriseSubsidy,
  liaoning2021GeneralBudgetBalance,
  liaoning2021MarineEconomyProjects,
  liaoning2021Q1CountyDistrictBudgetExecution,
  liaoning2023ResourceRegionTransitionProjects,
  liaoning2024IndustrialStrongCountiesList,
  liaoning2024SpecialisedSmeAward,
  liaoningHunnan2018EnterpriseCultivationAwards,
  liaoningJusticeDept2020GpbExpenditureFinalAccounts,
  liaoningShenyangHightechZoneEnterpriseSupportCatalog,
  liaoyang2020EpidemicSuppliesFixedAssetSubsidy,
  liaoyuan20182020NortheastPreparatoryFundPayments,
  liaoyuanIndustrialEnterpriseBrandMeasures,
  liaozhong2020YangshigangIndustryTownProjectSubsidy,
  licheng2015IndustrialGrowthAwards,
  lieshan2023DistrictThreePublicBudget,
  lijiang2020SelfevalYunnan,
  lilou2023ParkInfrastructureProjectSelfeval,
  lincangGovernmentServiceBureau2023ProjectSelfeval,
  lindian2023IntegratedFundsProjectPlan,
  linfenCollege2018BudgetIncomeExpenditureSummary,
  lingchuan2023AgriLeadingFirmLoanInterest,
  lingchuan2023IndustryTownAwardAllocation,
  linhai2023HistoricVillagesFunds,
  linqing2024AgriProcessingAward,
  linqu2024OldAreaLotteryFundExecution,
  lintan2022HighStandardFarmlandPlan,
  linxi2016IndustrySupportFundClauses,
  linxiBearingTechLeapAwardsAndClauses,
  linxia2015OctKeyProjectsUnderWay,
  linzhou2018FarmMachineryBatch3Verification,
  liubei2023ThreePublicFinalAccounts,
  liucheng2020AwardForWorkIndustryTargets,
  liucheng2023CountyOfficeGpbExpenditureAccounts,
  liupanshui2023ProvincialSrdiSmeList,
  liuyang2011YishiyiyiAwardPublicityDetail,
  liuzhou2015XijiangBeltInfrastructureFund,
  liuzhou2023RuralRevitalisationFundByCounty,
  lixian2023GeneralBudgetRevenueFinalAccounts,
  lizhou2020CooperativeSupportShortlist,
  lizhou2022FamilyFarmCultivation,
  longhui2021RuralEnvironmentProjectSelfeval,
  longhuiQijiang2021RuralRevitalisationSelfeval,
  longling2012CooperativeSupportAwards,
  longquan2018ThreePublicFinalAccount,
  longyan2023EthnicDevelopmentFundAllocation,
  luan2024AugDirectFundsExecutionByField,
  luan2025CityFarmWelfareSubsidyCatalog,
  luancheng2025UrbanAgriProjectBuilders,
  luancheng2025UrbanAgricultureBuildThenSubsidy,
  luoenHonghe2018ThreePublicRunningCosts,
  luojiang2022HitechAllocation,
  luojiang2022HitechInstalment,
  luoshanJanMayFiscalRevenueExpenditure,
  luoyangChanhe2024LinkageFundBatch2Allocation,
  luozhuang2017RegionalStrategyFundProjects,
  luquan2015HighTechEnterprisesList,
  luquan2023LocalFiscalExpenditureFinalAccounts,
  luquan2025CentralLinkageBatch2Allocation,
  luxi2019IntegratedAgriFundsProgress,
  luxi2024FarmlandProjectTargets,
  luzhai2019ThreePublicFinalAccounts,
  luzhou2023TcmHospitalExpenditureAccounts,
  luzhouChangzhi2020GpbSpendingExecution,
  maanshan2024JobRetentionRefundPaid,
  mabu2023TransferPaymentProjectsExecution,
  majiang2022StatisticsBureauThreePublicAccounts,
  maoming2021TransportBureauIncomeFinalAccounts,
  maomingDrc2021WholeSpendingSelfeval,
  matazhen2023ProjectTargetDeclaration,
  materialsAnnexQiqiwenku,
  mawei2019MidAutumnPriceSubsidyByTown,
  mawei2021JobRetentionRefundBatch4,
  meihekou2025LinkagePlanAdjustment,
  meishanPeoplesHospital2021ThreePublicBudget,
  meizhou2016IndustrialParkUpgradeFund,
  mengdui2023ProjectSelfeval,
  mengjin2022LinkageFundBatch3Allocation,
  mengzhou2018PovertyFundAllocation,
  mengziHealth2024ThreePublicFinalAccounts,
  mianyang2022ProvincialIndustryFundProjectSummary,
  mianyang2024NewEnergyStorageOneOffSubsidy,
  mianyang2025CentralGuidedSciTechFundRecommended,
  mianyang2025TechRenovationBatch2Awards,
  mianzhu2025ThreePublicBudget,
  midu2023SepBudgetExecution,
  miluo2022EmergencyBureauThreePublicAccounts,
  miluoAgri2022ThreePublicFinalAccounts,
  miluoTcmHospital2017IncomeExpenditureByFunction,
  minhang2020AdvancedManufacturingLeadingFirmAwards,
  minhang2023MoneyFlowWorkbook,
  minhang2023PaymentLedger,
  minhang2024FactorySubsidyInstalment,
  minhang2024OperatingRulesStandards,
  minhangEducation2020ThreePublicFinalAccounts,
  minhou2025AprDisabilityLivingSubsidyByTown,
  minhou2025GoldfishIndustryAwards,
  minle2022TradingPlatformProjectTargets,
  minle2022TradingSubcentreThreePublicFinalAccounts,
  mouding2019PovertyExitVillageAwards,
  mouding2022CentralLinkageProjectPlan,
  mudanjiangUniv2019ThreePublicBudgetTwoYears,
  mulan2022ThreePublicBudgetByUnit,
  nanan2017DisasterRecoverySubsidyList,
  nanan2022ClusterSupplierSubsidy,
  nanchang2016CityPoorVillageFundAllocation,
  nanchang2016StandardFactoryProvincialSubsidy,
  nanchang2021PowerUseGrowthSubsidy,
  nanchang2022LittleGiantRecommendedFirms,
  nanchang2022ProvincialKeyProjectsBatch1,
  nanchang2023LinkageFundArranged,
  nanchangCounty2022FarmlandProtectionAreaSummary,
  nanchangCounty2024NewAgriEntitiesSupport,
  nanchangCountyTcmHospital2025ProjectTargets,
  nanchangGuangdongOffice2022ThreePublicFinalAccounts,
  nanchangJingkai2019EnterpriseCommendationAwards,
  nanchangManufacturingBasePolicyAwards,
  nanchangMartyrsCemetery2022ProjectSpending,
  nanhuaWildMushroomWorkshopSelfeval,
  nanjiangWaterBureau2022GpbExpenditureFinalAccounts,
  nankai2023DistrictGpbExpenditureEstimatedExecution,
  nanning2019HighQualityDevelopmentCountyAwards,
  nanning2023SciTechRdPlanFirstPayment,
  nanning2023TechreformSubsidyStandardsAndList,
  nanningEtdz2023GeneralBudgetFinalBalance,
  nanningJiangnan2024DisabilitySubsidyPayout,
  nanningVocationalCollege2017ExpenditureFinalAccounts,
  nanxian2020FinanceBureauOverallSelfeval,
  nanxian2024CoopFamilyFarmSupportList,
  nanxianCppcc2021MemberActivitiesSelfeval,
  nanxianWushenggong2023ProjectTargets,
  nanyue2018PovertyTourismBaseTargets,
  nanzhang2019FinalAccountsSummary,
  national2017ScienceMuseumFreeOpeningSubsidyAllocation,
  neimenggu2008CentralSubsidiesJanSep,
  neimenggu2016DisasterLivingAidLeagueAllocation,
  neimenggu2017TransfersAndLeagueAllocation,
  neimenggu20182020DeepPovertyBannerTransfers,
  neimenggu2020MajorProjectsPlanByField,
  neimenggu2022PublicResourceCentreExpenditureAccounts,
  neimenggu2022SmeClusterAwardAllocation,
  neimenggu2022SteadyGrowthFarmFundArrangements,
  neimenggu2023PolicyListFundArrangement,
  neimenggu2024PolicyListGrainTargets,
  neimenggu2024SingleChampionRecommendationList,
  neimengguAudit2020GeneralBudgetSpendingFinalAccounts,
  neimengguAuditOffice2021ProjectSelfeval,
  neimengguCultureDept2015ThreePublicFinalAccounts,
  neimengguEcoEnv2024MonitoringProjectSelfeval,
  neimengguEcologyDept2024MonitoringNetworkTargets,
  neimengguHaibowan2020KeyProjectSelfeval,
  neimengguWater2023ThreePublicFinalAccounts,
  neimengguWater2023WaterSavingProjectSelfeval,
  neixiang2022IntegratedAgriFundProjectPlan,
  ningboCountyIndustrialEconomyQualityOpinions,
  ningboDprc2020GeneralBudgetExpenditure,
  ningde2020CentralPovertyFundBatch2Allocation,
  ningdeCounty2023TalentStationSelfeval,
  ningguo2013TransportBureauThreePublicFinal,
  ningguo2016UrbanEnforcementThreePublicFinal,
  ningqiang2023GeneralBudgetFinalAccountsBothSides,
  ningxia2013GovernmentOfficesBureauBudgetByUnit,
  ningxia2013LandConsolidationBatch1Allocation,
  ningxia2018IndustrialBenchmarkingAwards,
  ningxia2019ManufacturingShuangchuangPlatformAward,
  ningxia2021MajorWaterCentralInvestment,
  ningxiaChangqing2019SchoolSportsOpeningTargets,
  ningxiaKepuTeam2022ThreePublicBudget,
  ningxiaLiuyouIndustryFiscalMeasures,
  ningxiaVocational2017ThreePublicFinalWithCounts,
  ordos2024YellowRiverIrrigationSubsidyEstimate,
  ordosAudit2023GpbProjectExpenditure,
  ordosHealthCommission2023SupervisionProjectSelfeval,
  ordosHealthCommission2023ThreePublicFinalAccounts,
  ordosOneCardSubsidyJanOctByBanner,
  ordosSmeInvestment2022ThreePublicBudget,
  panan2015GeneralBudgetExpenditureExecution,
  panyu2022GeneralBudgetRevenueExecution,
  pengshui2021GeneralBudgetBalance,
  pengshui2022GeneralBudgetBalance,
  pengshuiDatong2026TownBudgetByFunction,
  pengyang2021IntegratedAgriFundsProjectPlan,
  pingdingshan2022CityLinkageBatch3Allocation,
  pingshan2020SciTechBatch2,
  pingshanXiakouFinanceOffice2025BudgetSummary,
  pingtan2024SpecialisedSmeNewBatchList,
  pingtang2022FinanceBureauGpbExpenditure,
  pingxiang2025IndustrialSupportMeasures,
  pingyuanXinxiang2025LinkageFundEarlyAllocation,
  poyang2016NewCountrysideVillagePoints,
  projectAccountFinal360docs,
  projectBudgetTotalFsou,
  pudong2023HitechLoanInterestSubsidyList,
  puer2019AuditBureauThreePublicComparison,
  pujiang2021InvestmentPlanProgress,
  putian2023EpidemicDrugDeviceInvestmentSubsidy,
  putianChengxiang2022PilotVillageFundTargets,
  putuo2018MakerSpaceMatchingFunds,
  putuo2022SelfevalSportsCentreSettlement,
  putuo2023LandscapeFarmingSubsidy,
  putuoSh2022CivilDefenceExpenditureFinalAccounts,
  puyangEtdz2022LinkageFundDistrictAllocation,
  puyangMarchBudgetByLevel,
  puyangPeoplesHospital2017GpbFinalAccountsApproval,
  qiandongnan2022H1GeneralBudgetExecution,
  qiandongnan2023ForestryBureauGpbExpenditureFinal,
  qiandongnan2023OfficesBureauThreePublicFinal,
  qianjiang2017ThreePublicFinalAccounts,
  qianjinJms2024LinkageFundProjectPlan,
  qiannan2018PublicSpendingByFunction,
  qiannanCommerceGrain2018ThreePublicFinalAccounts,
  qiannanTcmHospital2016ThreePublicFinalAccounts,
  qiantang2021LawEnforcementIncomeFinalAccounts,
  qiantang2023H1SpendingExecution,
  qijiang2023HighwayCentreGpbFinalAccounts,
  qijiang2023ScaleUpAwardsAndClauses,
  qinan2022FinanceBureauExpenditureFinalAccounts,
  qingchengTongchuan2024ThreePublicFinalAccounts,
  qingchuanQingxiTown2020ThreePublicFinal,
  qingdao2016DistrictsOver10bnRevenue,
  qingdao2022ManufacturingUpgradeAwardRecommendations,
  qingdao2022OutstandingEntrepreneurAwards,
  qingdao2026MunicipalThreePublicBudget,
  qingdaoCounty2021KeyIndustryMeasuresAndAwards,
  qingdaoHitech2021WildGoosePolicies,
  qinghai2012H1PublicSpendingByPrefecture,
  qinghai2012JanAugSpendingByFunction,
  qinghai2012SanjiangyuanProjectTargets,
  qinghai2016WaterInvestmentProgressAndTargets,
  qinghai2020Q1WaterProjectsInvestmentTargets,
  qinghai2022CentralBudgetInvestmentMonitoringByYear,
  qinghai2024HuangshuiEcologicalRestorationFund,
  qinghaiGrasslandRewardFundByUse,
  qinghaiSrdiBatch7RecognitionAndBatch4Review,
  qingjian2021OrchardRoadTargetForm,
  qingliu2024RuralDemoVillageFundAllocation,
  qingpu2020CivilAviation,
  qingpuGreening2017ThreePublicFinal,
  qingshanWuhan2020EducationInfrastructureTargets,
  qingshen2023SelfevalSichuan,
  qingyang2022CountyProgressDoubleAward,
  qingyang2023AviationClusterSmeFundNominees,
  qingyang2023CultureTourismBrandAwards,
  qingyang2023InvestmentPromotionIncentivesAndAwards,
  qingyangAudit2022ThreePublicBudget,
  qinshui2024LinkageBatch10Payments,
  qintang2017VillageRoadOneMatterProgress,
  qinzhou2017Batch1PovertyFundPlan,
  qiongzhong2020BudgetExecutionSummary,
  qiongzhong2024WanlingStandardFactorySelfeval,
  qiongzhong2025MajorProjectsCentreGpbBudget,
  qiongzhongNr2022GpbIncomeExpenditureFinalAccounts,
  qitaihe2022DigitalEconomyMeasuresAwards,
  quangang2023GeneralBudgetFinalAccounts,
  quannan2024IndustryPolicies,
  quannanPeoplesHospital2023GpbExpenditureFinal,
  quanzhou2018DemoVillageAwardsAndTargets,
  quanzhou2018ProvincialBudgetInvestmentBatch1,
  quanzhou2019ProvincialBudgetInvestmentSocialProjects,
  quanzhou2022IndustryTownOneVillageAllocation,
  quanzhou2023MunicipalGeneralBudgetFinalBalance,
  quanzhou2023Q1LocalRevenueProgress,
  quanzhou2024WholeTownAdvanceAwardsAllocation,
  quanzhou2025AgriCertificationAwardAllocation,
  quanzhou2026ModernAgriParkLinkageAllocation,
  qujiang2016ThreePublicFinalTwoYearComparison,
  qujiang2023EconBureauThreePublicFinalAccounts,
  qujiangDazhou2020TownshipGpbExpenditureBudget,
  quxian2024AgriTechCentreThreePublic,
  quxian2025H1GeneralBudgetSpendingExecution,
  quzhou2019BigCommerceRatedAwards,
  renshou2022GeneralRevenueTwoCuts,
  renshou2025TransportBureauThreePublicBudget,
  renshouZhangjia2022ThreePublicFinalAccounts,
  researchBudgetSourcesFirstFsou,
  rizhao2016RegionalStrategyFundEvaluationScores,
  rongchang2022ForestryGreeningProjectTargets,
  rongchang2022ReservoirResettlementFund,
  rongchang2023DrcGpbAppropriationBudget,
  rongchang2023SanitationOfficeExpenditureFinalAccounts,
  rongchangGuangshun2025GpbExpenditureBudget,
  rongchangInvestmentResearchCentre2026GpbExpenditureBudget,
  rongchangTransportCommission2026RevenueBudgetChange,
  rongchangZhisheng2022ThreePublicFinalAccounts,
  ruian2022ReliefPolicyCompendiumAwards,
  sanming2018H1FiscalExpenditureProgress,
  sanming2022HistoricBuildingRepairAwards,
  sanya2020GeneralBudgetFinalAccountsBalance,
  sanya2021FiscalFinalAccountsSummary,
  sanyaHousing2023ThreePublicFinalAccount,
  scau2020JulTreasurySpendingProgress,
  sciTech2011EvaluationSampleProjects,
  selfeval2020ProportionalScoringDoczj,
  semi2016JulProjectExecution,
  shaannan2022DevelopmentFundAllocationByCity,
  shaanxi2009EquipmentManufacturingFundBatch1Plan,
  shaanxi2010PilotDepartmentsThreePublicSpending,
  shaanxi2016PovertyFundCountyBlocksByCity,
  shaanxi2018GazelleEnterpriseSupportList,
  shaanxi20212023LinkageFundInputs,
  shaanxi2021H1GeneralBudgetExpenditureExecution,
  shaanxi2021SingleChampionAwardAllocation,
  shaanxi2022KeyCountyLinkageFunds,
  shaanxi2022SpecialtyParksBatch2Award,
  shaanxi2023SmeCloudPlatformSubsidyList,
  shaanxi2024OldAreaLotteryCountyAllocation,
  shaanxiTechReformAdvancedUnitsAward,
  shandong2013ProvinceThreePublicAccounts,
  shandong2013TwoZonesOneCircleBlockFunds,
  shandong2014OctPublicSpendingProgress,
  shandong2015CollegeInnovationContestAwards,
  shandong2015H1GeneralBudgetProgress,
  shandong2017AgriDevelopmentEarlyRelease,
  shandong2017ProvincialThreePublicFinalVsBudget,
  shandong2017RelocationCentralInvestmentCounties,
  shandong2017SingleChampionAward,
  shandong2019AdvancedManufacturingClusters,
  shandong2019PigCountyProvincialAward,
  shandong2020H1GeneralBudgetExecution,
  shandong2020JanMayMajorProjectsInvestmentProgress,
  shandong2020SingleChampionBatch4AndReviewLists,
  shandong2020SmeHitechUpgradeSubsidyList,
  shandong2021FeatureClusterTop10Awards,
  shandong2021H1HuiminSubsidyOneCard,
  shandong2021H1ProvincialKeyProjectsInvestmentProgress,
  shandong2021JanJulMajorProjectsByFieldProgress,
  shandong2021PatentAwardMeasuresAndList,
  shandong2021PrivateEconomyCarrierAwards,
  shandong2022ProvincialThreePublicFinalAccounts,
  shandong2022SpecialtyIndustryClusterList,
  shandong2024RdPostSubsidyList,
  shandongHighTechSmeFirstBatchSubsidyByField,
  shandongHitechEnterpriseAwardPoliciesAndHuantaiList,
  shandongPolytechnic2018ThreePublicBudget,
  shandongPolytechnic2019GpbExpenditureFinal,
  shangcheng2021GeneralRevenueFinalAccounts,
  shanghai2010MunicipalDepartmentsBudgetSummary,
  shanghai2010MunicipalKeySpendingBudget,
  shanghai2013MunicipalThreePublicBudget,
  shanghai2014JanSepPublicSpendingExecution,
  shanghai2016MunicipalGeneralRevenueExecution,
  shanghai2019GeneralBudgetRevenueTotal,
  shanghai2021GeneralBudgetExecution,
  shanghai2021MunicipalThreePublicFinalAccounts,
  shanghai2022CentralGuidedSciTechFundBatch1List,
  shanghai2022SepIndustrySupportMeasuresAwards,
  shanghai2023NationalProgrammeLocalMatchingBatch2,
  shanghai2024MunicipalGeneralBudgetFinalAccounts,
  shanghai2025ApplianceDigitalTradeinSubsidyRules,
  shanglin20132015WorkReliefRoadPayments,
  shangqiu2019PovertyFundBatch2,
  shangqiu2019PreschoolFeeAidBatch2Allocation,
  shangqiu2020WaterDevelopmentFundAllocation,
  shangyouCppcc2022ThreePublicFinalAccounts,
  shannan2012OctFixedAssetInvestmentProgress,
  shanxi2011JanMayFiscalExecution,
  shanxi2014JanAprKeyProjectsProgressByClass,
  shanxi2014TraditionalVillagesEnvironmentFund,
  shanxi2016KeyProjectsAnnualTargets,
  shanxi2017H1KeyProjectsByType,
  shanxi2018CentralPilotBidCityAwards,
  shanxi2018ProvincialKeyProjectsJanNovProgress,
  shanxi2018RuralRevitalisationFundsByUseAndSource,
  shanxi2019KeyProjectsAugustByCity,
  shanxi2019KeyProjectsMayProgress,
  shanxi2020AgriStrongTownProjects,
  shanxi2020ProvincialLittleGiantFirmsPublicity,
  shanxi2021GeneralBudgetRevenueExecution,
  shanxi2021New4aScenicAreaAwards,
  shanxi2021ProvincialKeyProjectsFirstBatchExcerpt,
  shanxi2022OldRevolutionaryAreaLotteryAllocation,
  shanxi2022ProvincialSmeParksBatch1List,
  shanxi2022SmeDemoCountyAssessmentAwards,
  shanxi2023ChainLeaderRecognitionAwards,
  shanxi2023ChainLeaderSupportingRateAwards,
  shanxi2023EducationPowerCentralInvestmentByCity,
  shanxi2023EducationSpendingByCity,
  shanxi2023FloodReliefAllocation,
  shanxi2023IndustrialChainIncentiveScheme,
  shanxi2024EquipmentRenewalAwardList,
  shanxiPrivateEconomyFundMeasures,
  shanxiZonggai2023AdvancedManufacturingEquipmentSubsidy,
  shanxiZonggai2025IndustryMeasures,
  shanyang2014LivelihoodAndKeyProjectsSpending,
  shaodongWeijiaqiao2021BasicExpenditureFinalAccounts,
  shaoyangBeita2020PovertyFundBatch1VillagePlan,
  shapingba2017GeneralBudgetFinalBalance,
  shapingbaProcuratorate2016GpbExpenditureFinal,
  shapotou2021MinorityDevelopmentFundPlan,
  shapotou2024ForestryLoanInterest,
  shawan2024AnjihaiWorkReliefTargets,
  shayang2022CountyGeneralBudgetExecution,
  shenfu2022PolicySupportPayments,
  shengzhou2022IndustrialPolicy,
  shennongjia2022LinkageProjectsCompletion,
  shenshan2022GpbExpenditureFinalAccounts,
  shenshan2023GpbExpenditureFinalAccounts,
  shenyang2008RuralPovertyFundCountyAllocation,
  shenyang2018PrivateEconomyMeasures,
  shenyang2025ConstructionFirmAwards,
  shenyangDistrictFinanceTradeSupportClauses,
  shenzhen2018RdFundingBatch2List,
  shenzhen2021IndustrialDesignAwards,
  shenzhen2023HitechCultivationBatch4List,
  shenzhen2023Q2CapacityExpansionAwards,
  shenzhen2023SmeDevelopmentSupportCatalog,
  shenzhen2024TechreformBatch4FundingSummary,
  shibeiping2022GpbExpenditureByItem,
  shidian2016ThreePublicFinalAccounts,
  shijiazhuang2011IndustryAccelerationFundSplit,
  shijiazhuang2022HighTechLandingAward,
  shijiazhuang2022RdPostSubsidyAllocation,
  shijiazhuang2023EquipmentManufacturingMeasuresAwards,
  shijiazhuangEtdz20172018PilotFundPlan,
  shijiazhuangHitech2018IncubatorAwardClauses,
  shijingshan2022IndustrialInternetSupportAwards,
  shilongIndustrialUpgradeMeasuresDraft,
  shitanNanjiang2018VillageRoadSubsidyAllocation,
  shizhu2021GeneralBudgetExpenditureExecution,
  shizhuCq2021CollapsedHousingRebuildSubsidyByTown,
  shouxian2023DepartmentOverallSelfeval,
  shouxian2023RelicsCentreThreePublicFinalAccounts,
  shouxianJustice2022ThreePublicBudget,
  shuangcheng2019PigCountyColdChainTruckAward,
  shuangliu2025IndustrialParkPolicyCatalog,
  shuangqiaoCq2021TrafficOrderProjectSelfeval,
  shuangta2022PrivateElderlyCareOperatingSubsidy,
  sianHospital2016ExpenditureFinalAccounts,
  sichuan2014KeyAreaDevelopmentSubsidy,
  sichuan2014ProvincialThreePublicFinal,
  sichuan2018HighGrowthLittleGiantCultivationList,
  sichuan2018LotteryFundOldAreaUse,
  sichuan2020CentralBudgetInvestmentByField,
  sichuan2020KeySpendingBudgetCompletion,
  sichuan2021HundredLargeGroupsList,
  sichuan2021RuralRevitalisationAwardStandardsAndList,
  sichuan2021StadiumFreeOpeningFundProgress,
  sichuan2022ChainLeaderProjectSupport,
  sichuan2022LargeEnterpriseLeapIncentiveAllocation,
  sichuan2022SelfevalSalary,
  sichuan2023H1DirectFundsSpendingProgress,
  sichuan2023SmeFundBatch4Allocation,
  sichuan2023TechInnovationLeadingFirmsList,
  sichuan2025AgriIndustrialisationLoanInterestSubsidy,
  sichuan2025ScaleUpIncentiveClauses,
  sichuanFinanceDept2014ThreePublicBudget,
  sichuanInvestmentAttractionAwardRulesAndList,
  sip2024TechUpgradeLoanInterestSubsidy,
  sipac2021Q3ManufacturingKeyEnterprises,
  songbei2024AgriProcessingWorkingCapitalInterestSubsidy,
  songyang2023LeadingAgriFirmLoanInterest,
  sucheng2016IndustrialTransformationSupport,
  sucheng2022BudgetExecution,
  suichang2022SpecialisedSmeHelpAllocation,
  suifenhe2018GeneralBudgetExpenditure,
  suifenhe2019TaxRebateAndTransfersBudget,
  suifenheFtzBorderTrade2023ThreePublicBudget,
  suifenheFuning2022ProjectPerformanceTargets,
  suifenheRenda2019ProjectSelfeval,
  suining20152017SpongeCityPilotProjects,
  suixi2022ReservoirReinforcementSelfeval,
  suixian2019ForestryBasicExpenditureFinalAccounts,
  suizhouPolice2019EquipmentProjectSelfeval,
  sujiadang2022ThreePublicFinalAccounts,
  suqian2014CoBuiltParksAssessmentAwards,
  suqian2023ThousandBillionIndustryAwards,
  suzhou2016MunicipalRevenueExecution,
  suzhouAh2023RdInputAwardList,
  suzhouInnovationClusterCarrierGrants,
  suzhouSip2017OtcListingAwardBatch2,
  suzhouSpecialisedSmeAwardCatalog,
  suzhouXiangcheng2025TechAgricultureProjects,
  tacheng2017AidProjectsByCounty,
  tacheng2025LinkageSurplusBatch3Plan,
  taijiang2010RuralHousingBatchesInvestmentBySource,
  taishang2022GeneralPublicServicesFinalAccounts,
  taiyuan2023SpecialisedFirmsMatchingAward,
  taizhou2023AgriSustainabilityBatch2Projects,
  taojiang2019DeptThreePublicFinalAccounts,
  targetApplication2021ScoredIndicatorsGxglmes,
  teda2022HitechRecognitionAwardsCatalogAndList,
  threeColumnLedgerUcaimi,
  tianchangWater2022FloodControlSelfeval,
  tianhe2020HighQualityEconomyPolicyCatalog,
  tianjin2009ExpandedDemandCentralInvestmentBatch3,
  tianjin2019AffordableHousingInfrastructureSubsidyAllocation,
  tianjin2021RuralEnvironmentCentralFundProject,
  tianjin2021SciTechIndustryInstituteTargets,
  tianjin2022GuaranteeFeeSubsidyAllocation,
  tianjin2022RuralCleanHeatingOperationAdvanceByDistrict,
  tianjin2022SmartManufacturingBatch2BudgetByDistrict,
  tianjin2022StabiliseEconomyFiscalMeasuresCatalog,
  tianjin2023JanMayChuyingFirmsRegister,
  tianjin2023ManufacturingInvestmentSupport,
  tianjin2023MunicipalGeneralBudgetExecution,
  tianjin2024MunicipalGpbSpendingByFunction,
  tianjinAudit2022ProjectExpenditureFinalAccounts,
  tianjinBaodi2020HeatingSubsidyBondSelfeval,
  tianjinBaodi2021GeneralBudgetFinalAccounts,
  tianjinBinhai2009KeyProjectLoanInterestBatch1,
  tianjinBinhai2022GeneralBudgetFinalAccounts,
  tianjinBinhai2023OceanBureauProjectExpenditure,
  tianjinBinhaiEducation2022GpbExpenditureFinalAccounts,
  tianjinBondedZoneQualityGrowthMeasures,
  tianjinCppccOffice2025ThreePublicBudget,
  tianjinDongli2022BudgetExecutionEstimate,
  tianjinEcoCity2024FiscalFinalAccounts,
  tianjinGreenFactoryRegionalIncentiveCatalog,
  tianjinHitech2016OutstandingFirmsAwards,
  tianjinNpcStandingOffice2025GpbExpenditure,
  tianjinPortFtz2020MarineIndustryPoliciesAndAwards,
  tianjinPortFtz2023AdvancedManufacturingPolicies,
  tianjinProcuratorate2024ThreePublicExpenses,
  tianjinTransportGroup2022ThreePublicFinalAccounts,
  tianjinWuqing2023GpbSpendingExecution,
  tianjinWuqing2024GeneralBudgetSpendingExecution,
  tianjinWuqingHexiwu2023ThreePublicBudget,
  tianshanUrumqi2013ThreePublicBudgetFinal,
  tianshanUrumqi2019ThreePublicFinalAccounts,
  tianshui2011CitySpecialFundsBatch1,
  tianshui2019IndustrialStrongCityAwards,
  tianshui2021FoodTestingSamplingFundSelfeval,
  tianshui2024EcoEnvGpbFinalAccounts,
  tianshuiKindergarten2017FinalAccounts,
  tianzhu2010RuralDrinkingWaterFunding,
  tianzhu2023Q2ProjectStartByInvestor,
  tieling2025IndustryStrongCityPolicyAwards,
  tielingCounty2023FundSeekingProjects,
  tinghu2021AutumnStrawRemovalAwards,
  tongchuan2016WorkReliefPlanBatch1,
  tonggu2026AgriDigitalFactoryReserve,
  tonghua2023Q3GrowthIncrementAward,
  tongliang2021GeneralBudgetBalance,
  tongliang2023IndustrialTop20Fast20List,
  tongliang2024GeneralBudgetBalance,
  tongliangAnju2021ThreePublicFinalAccounts,
  tongliangCq2023ForestryGrasslandReformFundAllocation,
  tongliangFinance2023ExpenditureFinalAccounts,
  tongliangWeilong2021ThreePublicFinalAccounts,
  tongliangXiaolin2022TownBudgetFinalAccounts,
  tongxinXiamaguan2023GrapeProjectTargets,
  tongzhouCultureTourismZone2023ThreePublicFinalAccounts,
  tongzhouSanitationCentre2023RefuseProjectSelfeval,
  tongzhouZhongcang2024GpbExpenditure,
  treasuryDirectPaymentRequest,
  tujing2021ResettlementVillageRoadSelfeval,
  tuoli2023LinkageNewFundsProjects,
  turpan2025H1BudgetExecution,
  ulanqab2015FarmlandReturnCentralInvestmentAllocation,
  ulanqab2018BeautifulVillageAwardAllocation,
  uradFront2026RegularAssistanceAllocation,
  uradMiddle2021WaterSupplyTransferSelfeval,
  uradMiddle2023LinkageFundPayments,
  urumqi2013ObsoleteCapacityAward,
  urumqi2014H1FiscalLivelihoodExecution,
  urumqi2023GovServiceCentreBasicExpenditure,
  urumqi2024SpecialisedSmeRecognitionList,
  usc2017CentralSupportLocalUniversityTargets,
  village2024Q3ExpenseDisclosureRjut,
  wanbei2021TransferZoneAssessmentAwards,
  wanbei2022LoanInterestQuotaAllocation,
  wangcang2020WorkReliefOfficeThreePublicAccounts,
  wansheng2024BenefitSubsidyCatalog,
  weichang2023AgriFundIntegrationPlanSources,
  weihai2022MarineProjectsQ3Investment,
  weinan2022AgriForestryWaterCentralProvincialFunds,
  weixiWeideng2023ThreePublicExpenses,
  weixin2016LotteryFundOldAreaProjects,
  wenchang2023Batch1GroundbreakingInvestment,
  wenchang2025CultivatedLandProtectionSubsidyByTown,
  wenchangFiscalMeasuresRdInstitutionAwards,
  wencheng2024ProjectReviewEvaluationGrades,
  wengyuan2025SmallMicroUpscaleAwards,
  wenhuajieStreet2021ThreePublicFinal,
  wenling2025VillageProgressPayment,
  wenquanStreet2022BasicExpenditureDetail,
  wenxian2021CountyResourcesFinalAccounts,
  wenzhou2019RuralNewMomentumPolicyAwards,
  wenzhou2023TechInnovationPolicyAwards,
  wenzhou2025MunicipalTechInnovationAwards,
  wenzhouIndustrialQualityOpinions,
  wubu2020IntegratedPovertyFundBatch1Plan,
  wucheng2025LinkageFundBatch2Projects,
  wuchuan2021MinorityVillageFarmTargets,
  wudiForeignTradeDevelopmentAwards,
  wuhaiSupplyCoop2021RecyclingMarketTargets,
  wuhan2018RuralRoadProvincialSubsidyAllocation,
  wuhan2020HeadquartersAwardFundPlan,
  wuhan2021HeadquartersAwardPlanList,
  wuhan2023SpecialisedGrowthAwardRecommendations,
  wuhan2024FirstAboveScaleIndustryAward,
  wuhanEtdz2020PolicyPayoutSummary,
  wuhu2023RdDouble50Awards,
  wuhua2021DistrictThreePublicFinalAccounts,
  wujiang2022SciencePlanBatch44FinalPayment,
  wujin2023ForeignExpertStudioAwards,
  wulijisumu2023BorderResidentSubsidySelfeval,
  wulongBaimashan2021ThreePublicFinalAccounts,
  wulongShizong2018RoadUpkeepSelfeval,
  wulongXiannvshan2019GpbExpenditureFinalAccounts,
  wuqia2021MainCanalSeepageProjectTargets,
  wuqiang2020IntegratedAgriFundsProjectPlan,
  wuqing2019SpecialisedSmeRecognitionAwards,
  wushanGs2024CashCropStationProjectTargets,
  wushen2022H1BudgetExecution,
  wushen2024H1GeneralBudgetRevenueExecution,
  wusu2015TextileFirmsSupportPayout,
  wutongqiao2024LinkageBatch2Arrangement,
  wutongqiao202601LinkageFundDisclosure,
  wuwei2017SciTechInnovationMeasures,
  wuxi2019IotIndustrySupportPoliciesAwards,
  wuxiCq2022GeneralBudgetExpenditureExecution,
  wuxiang2022CountyThreePublicBudget,
  wuxing2022RuralEnvironmentBatch2Funds,
  wuyuan2025LinkageFundTasks,
  wuzhong2015TourismContributionAwards,
  wuzhong2015TransformationGuideFundBatch2ForecastList,
  wuzhong2026FarmProjectSubsidyRecipients,
  wuzhou2023PerformanceCentreBasicExpenditure,
  wuzhouAgriTestingCentre2020ThreePublicFinalAccounts,
  xauat2016BudgetIncomeExpenditureSummary,
  xiajiang2023H1FiscalExecution,
  xialu2023GpbExpenditureFinalAccounts,
  xiamen2025SmeClusterCityFundingPlan,
  xiamenQ3ManufacturingOutputGrowthAward,
  xian2018ConstructionIndustryAwards,
  xian2018RealEconomyFiscalMeasures,
  xian2020MayorSpecialAward,
  xian2025CountyEconomyFundBatch1Allocation,
  xianAviationBase2019CarrierUpgradeFundProjects,
  xianEconZone2021SmeCarrierProjects,
  xianEtdz2009IndustrialGrowthFundBatch1,
  xiangcheng2019PovertyFundSourcesAndAllocation,
  xianghe2014HighStandardFarmlandBudget,
  xiangjiang2017HighEndManufacturingSupportList,
  xiangtanCounty2023GeneralBudgetExpenditureFinalAccounts,
  xiangxi2020IndustryDevelopmentFundSelfeval,
  xiangxiang2023IndustryInvestmentAwards,
  xiangyangCentralHospital2021DongjinCampusSelfeval,
  xiangyangIntegratedHospital2023ThreePublicFinal,
  xianning2020BeautifulVillagePilotList,
  xianning2021JunRiverProjectsInvestmentProgress,
  xianyang2024NewIndustrialisationMeasures,
  xianyang2025TechManufacturingFusionMeasures,
  xianyou2018PovertyFundBatch1TownAllocation,
  xiaogan2016BeautifulVillagePilotList,
  xiaolan2018EnterpriseSupportMeasuresAwards,
  xiaolan2025H1GeneralBudgetExecution,
  xiaoshan2021AgriSocialMajorSciTechProjects,
  xiaoxian2023HexiVillageSpecialtyFarmingSelfeval,
  xichong2023ManufacturingPolicy,
  xichuan2025EnterprisePolicyCompendiumAwards,
  xigaze19942018PairedAidByDonor,
  xihu2023ProvincialTechSmeRecognitionAward,
  xihu2023RdInputSubsidyBatch10,
  xihu2024AvailableResourcesAndBalance,
  xiji2025AgriFundsIntegrationPlanAdjusted,
  xilingol2016GrasslandAwardAllocation,
  xilingol2017SandstormSourceControlInvestmentPlan,
  xilingol2025InnovativeSmeAwardAllocation,
  xilingolFao2021GpbExpenditureFinalAccounts,
  xilinhot2025SepKeyProjectsByField,
  xinbei2009KeyIndustryGuidanceFundApplications,
  xinchang2024InformatisationSubsidy,
  xincheng2025H1GeneralBudgetExpenditure,
  xinchengHealthBureau2019ThreePublicBudget,
  xinchengXian2023H1GeneralBudgetExecution,
  xindu2022IndustryEducationDemoNominees,
  xinfeng2018FarmMachineryBatch3Payout,
  xinganmeng2019YishiyiyiApprovedProjectFundingSources,
  xinganmeng2022OldResidentialRenovationPriorTargets,
  xinganmengHohhotOffice2019ThreePublicFinalAccounts,
  xinghai2011GrasslandRewardPlanByTownship,
  xingqingNpcOffice2022GpbExpenditureBudget,
  xingqingYueyahu2022TransferStationTargets,
  xingtai2018H1GeneralBudgetSpending,
  xiningChengzhong2018SocialAssistanceBatch2ByUse,
  xiningHaidong2024JanMayKeyProjectsProgress,
  xinjianAgri2023ThreePublicFinalAccounts,
  xinjiang2020Batch8CottonGinningAcceptanceList,
  xinjiang2020H1RegionBudgetExecution,
  xinjiang2021AugDirectFundsArrangement,
  xinshao2022CountyThreePublicFinalAccounts,
  xinshao2023GovernmentFundExpenditureFinalAccounts,
  xinshiUrumqi2020ConstructionBureauThreePublic,
  xinshiUrumqi2020NpcStandingCommitteeGpbExpenditure,
  xinxiang2021ManufacturingMatchingSupport,
  xinxiangHitech2018PovertyFundProjects,
  xinyang2022TechInnovationDemoRecommendations,
  xinyang2023Q1FullCapacityAwardSummary,
  xinyiNrPlanning2021ThreePublicMeetingTrainingFinal,
  xinyu2024VocationalCentreGpbExpenditureFinal,
  xiping2022RuralRoadLinkageDisbursement,
  xiping2023StorageBaseLinkageSelfeval,
  xiqing2016ApprovalBureauThreePublicBudget,
  xisa2022VillageOperationProjectSelfeval,
  xishuangbanna2017EthnicReligiousBureauThreePublicBudget,
  xiuwen2022CityLinkageFundAllocation,
  xiuwu2021PovertyFundProjectPlan,
  xiuying2022LinkageWaterProjectSelfeval,
  xiuyu2025WaterFundBatch7Targets,
  xixia2018GovernmentOfficeThreePublicFinalAccounts,
  xixia2021GeneralBudgetRevenueExecution,
  xixia2026CapexPlanBatch1Summary,
  xixiaEnforcement2019GovernmentFundFinalAccounts,
  xixiaNaturalResources2019GpbExpenditureFinalAccounts,
  xixiangtang2025LinkageBatch1Allocation,
  xixiangtangNpc2017ThreePublicBudget,
  xixiu2024GeneralBudgetRevenueFinalAccounts,
  xizang20062008FeaturedIndustryPovertyProjects,
  xizang2006FarmHerdIncomeAndReliefFunds,
  xizang2012RuralRoadAccessThreeYearPlan,
  xizang2021RegionGeneralBudgetExecution,
  xizang2022Batch1KeyProjectsStartUp,
  xizang2022KeyProjectsAnnualPlan,
  xizang2023GeneralBudgetExecution,
  xizang2023JanAugBudgetExecutionReport,
  xizang2023KeyProjectsPlanByCategory,
  xizang2023LinkageFundBatch1Allocation,
  xizang2023LinkageFundBatch1FebProgress,
  xizang2024GeneralBudgetSpendingByFunction,
  xizang2024JiangsuAidFundsByField,
  xizang2024ShanghaiOfficeThreePublicAccounts,
  xizangChengduOfficeServiceCentre2026Budget,
  xizangMaternityChildrenHospital2022ThreePublicFinal,
  xizangPolice2019IncomeExpenditureFinalAccounts,
  xizangRuralRevitalizationBureau2023ThreePublicFinalAccounts,
  xizangSti2022ThreePublicFinalAccounts,
  xuanfeng2020MajorIndustryProjectsMayProgress,
  xuanhan2024NaturalResourcesThreePublicFinalAccounts,
  xuanhanTown2021GpbExpenditureFinalAccounts,
  xuanzhou2018AuditBureauThreePublicBudget,
  xuanzhou2020DirectOrgansCommitteeThreePublicBudget,
  xuanzhou2022DroughtReliefSelfeval,
  xuchang2020HiddenChampionBatch2List,
  xuhui2020GeneralBudgetExecution,
  xundianAgriculture2022ThreePublicFinalAccounts,
  xundianCultureTourism2022ThreePublicFinalAccounts,
  xunhua2023LinkageFundMaySpending,
  xunyang2024LinkageCityBatch1Projects,
  yaan2018HighGrowthSmeCultivationEntrants,
  yanan2024NewAboveScaleEntryAwards,
  yananCounty2021GeneralRevenueExecution,
  yancheng2018IndustrialTransformationFundByArea,
  yancheng2020IndustrialTransformationBatch1List,
  yancheng2023WholeChainProvincialProjects,
  yangcheng2023GeneralBudgetSpendingFinalAccounts,
  yangpu2021GeneralExpenditureExecutionByFunction,
  yangpu2022H1GeneralExpenditureProgress,
  yangpu2023GeneralBudgetExecution,
  yangquan2022FarmlandBatch1Allocation,
  yangquanJiaoqu2025RefractoryLoanInterest,
  yangtzeu2020ProvincialProjectsMidyearExecution,
  yangzhou2019CharacteristicTownFundTargets,
  yangzizhou2017FloodControlFunds,
  yanjin2022LinkageFundProjectPlan,
  yanliang2021NewAboveScaleIndustryAwardApplications,
  yanqi2025LinkageBatch2Projects,
  yanshan2014OldAreaVillageLotteryFund,
  yanshi2022LinkageFundBatch2Allocation,
  yantaiUniversity2016BudgetIncomeExpenditureSummary,
  yaoan2022Batch7IntegratedAgriFundAllocation,
  yaoan2025ShanghaiAidFundAllocation,
  yaoan2025ThirdBatchPrefectureLinkageFundAllocation,
  yaoanZuomen2023ProjectSelfeval,
  yaohai2022PartyBuildingProjectSelfeval,
  yaozhou2018PovertyFundAllocation,
  yecheng2026MinorityTaskProjects,
  yian2025LotteryFundOldAreaProjects,
  yichang2014EnterpriseDevelopmentProjects,
  yichang2025Q1OpeningIndustryAwards,
  yichuan2021BudgetExecution,
  yinchuan2021SelfevalMiddleSchoolPublicFunds,
  yinchuan2023InnovativeSmeBatch2Recommendations,
  yinchuan2024NewIndustrialisationInterestSubsidyList,
  yingcheng2024OpeningQuarterManufacturingAwards,
  yingkou2024RevenueByLevelCompletion,
  yingtan2024AgriIndustrialisationMeasures,
  yingze2022GeneralBudgetExecution,
  yixianLinkageFundProgressToOctober,
  yiyang2017DisasterReliefAllocation,
  yiyang2022JobRetentionRefundBatch2,
  yiyangZhongfan2022KeyProjectTargets,
  yizhou2022LinkageFundProjects,
  yizhou2025H1GeneralSpendingByFunction,
  yndaily2024ExpenditureFinalAccounts,
  yndaily2024ThreePublicFinalAccounts,
  yongjia2021FarmlandPrepayment,
  yongjia2021JanOrphanHardshipChildAllowance,
  yongning2011FiveExcellentClusterSupport,
  yongxiuJiangshang2022ThreePublicBudgetByUnit,
  youxi2023FinanceBureauThreePublicFinalAccounts,
  yuancheng2023EarlyRiceGrainSubsidy,
  yuanjueTown2026RevenueBudgetByUnit,
  yuanling2021CountyThreePublicBudget,
  yuanzhou2022ForageProcessingBatch6,
  yuanzhou2022WaterConservationForestTargets,
  yubei2018HighGrowthTechFirmAwards,
  yubei2021TechFirmEntryAwards,
  yubei2024ResearchMatchingFundClauseAndApplications,
  yuexi2025GrasslandSubsidyAllocation,
  yueyang2016DongtingEcoZoneFundAndTargets,
  yueyang2018DigitalCityManagementSelfeval,
  yueyang2024LinkageBatch10Projects,
  yueyangCounty2015ThreePublicSummaryFinalAccounts,
  yueyangFederation2017ThreePublicBudget,
  yueyangMigration2015ThreePublicFinalAccounts,
  yueyangTaichuangyuan2017ThreePublicBudget,
  yueyangxian2022FarmlandLinkageTargetForm,
  yueyangxian2022ProvincialDemoFamilyFarms,
  yueyangxian2025LinkageBatch9RelocationRepair,
  yueyangxianTaobaoVillageStationAwards,
  yufengNpc2017ThreePublicFinalAccounts,
  yuhang2023FarmFestivalSubsidy,
  yuhang2024GeneralBudgetExpenditureFinalAccounts,
  yuhang2024JingshanLeisureVillageAwards,
  yuhang2024LeafyVegetableEmergencySubsidy,
  yuhang2025AboveScaleEntryAwards,
  yulin2016AboveScaleAwardRequest,
  yumin2021KeyProjectsPerformanceEvaluation,
  yunfu2024SpecialisedSmeLoanInterestPlan,
  yunnan2016InvestmentIntermediaryAwards,
  yunnan2017SpecialFundsReleaseJune,
  yunnan2018SmartScenicAreaAwards,
  yunnan2020OneCountyOneIndustryDemoCountySupport,
  yunnan2021CountyEconomyTopAndLeapCountiesList,
  yunnan2022AerialForestFirefightingFundSelfeval,
  yunnan2023DairyCountyAwardApplicationSummary,
  yunnan2023OneCardSubsidyPolicyList,
  yunnan2024RuralRevitalisationBureauThreePublicFinal,
  yunnanHealth2024TransferPaymentBudget,
  yunxi2022GeneralBudgetExpenditureFinalAccounts,
  yunxian2023ThreePublicFinalAccountsComparison,
  yunxian2025ShanghaiAidProjectInvestmentBreakdown,
  yunxiao2023TeaIndustryBatch1SubsidyLists,
  yutai2023FinanceBureauThreePublicBudget,
  yutian2017PovertyDevelopmentFundProjects,
  yuzhong2022GeneralBudgetRevenueFinalAccounts,
  zeku2023LinkageBatch2Allocation,
  zeku2023ProvincialLinkageBatch1Allocation,
  zengdu2021DikeOfficeGpbFinalAccounts,
  zengduPolice2019ThreePublicFinalAccount,
  zhangjiakou2024JobRetentionRefundBatch5,
  zhangwu2024NewCollectiveEconomyVillages,
  zhangye2023AprLinkageSpending,
  zhangzhen2024TownAvailableRevenueExecution,
  zhangzhou2015IndustrialLeapAwards,
  zhanjiang2020GeneralBudgetFinalBalance,
  zhanjiang2021ServiceCentreBasicExpenditureDetail,
  zhanjiang2026RegionalCoordinationPreparatoryFundBatch1,
  zhanjiangPublicity2017ThreePublicFinalAccounts,
  zhaoyuan2023FarmlandProtectionSubsidyByTown,
  zhashui2020GpbExpenditure,
  zhejiang2018DisabledSubsidiesAllocation,
  zhejiangCounty2024PolicyExcerpts,
  zhejiangHealthCommission2020ThreePublicFinal,
  zhejiangTransport2019UnitBudgetExecution,
  zhenfengLianhuan2010YishiyiyiRoadAwardProjects,
  zhengan2009FloodReliefTownAllocation,
  zhengzhou2008NewCentralInvestment13Projects,
  zhengzhou2018EarlyPovertyFundSources,
  zhengzhou2018PovertyFundSources,
  zhengzhou2018TechFirmFilingBatch3List,
  zhengzhou2020AutoIndustryAwardProjects,
  zhengzhou2021ManufacturingPolicyAwards,
  zhengzhou2021StarSmallMicroParksList,
  zhengzhou2023BellwetherRecommendationList,
  zhengzhou2023CbecMeasuresAwards,
  zhengzhou2023SpecialisedSmeOneOffAwardChecks,
  zhengzhouHitech2018RdPostSubsidyList,
  zhengzhouZhongyuan2023CollectiveEconomyProjectTargets,
  zhenhaiLongsaiHospital2021GpbExpenditureFinal,
  zhenlai2022QualityDevelopmentFactorAwards,
  zhongjiang2022SelfevalWater,
  zhongmu2025LinkageFundBatchesAdjusted,
  zhongning2023LinkageFundBatch3Targets,
  zhongshan2023BaizhanQianqiAirfareAllocation,
  zhongshan2023FarmMachineryAllocation,
  zhongshan2023FarmMachineryDetail,
  zhongshan2023InshoreFishingBoatRenewalBatch2,
  zhongshan2023RuralRevitalisationDemoVillageAllocation,
  zhongshan2024DemoVillageAdvanceAllocation,
  zhongshan2024KeyAreaTypicalVillageFunds,
  zhongshan2024VegetableBaseBatch1,
  zhongshanExhibitionIndustryFundVenueBoothAwards,
  zhongwei2023JulKeyProjectsProgress,
  zhoukouDemoZone2023GreenhouseProjectTargets,
  zhoushan2019BeautifulVillageBatch3Allocation,
  zhoushan2025CultivatedLandProtectionAllocation,
  zhouzhi2023GeneralExpenditureExecutionByFunction,
  zhuji2023TorreyaTownProjectsSubsidyList,
  zhumadian2017RuralRoadSafetyAllocation,
  zhumadianCentralHospital2021ThreePublicFinalAccounts,
  zhuoni2020Batch3PovertyFundPlan,
  zhuoni2024RuralRevitalisationBureauGpbExpenditure,
  zhuzhou2021ResourceRegionTransitionSelfeval,
  zibo2021IndustrySupportPolicies,
  zoucheng2023IndustryPolicyAwards,
];
