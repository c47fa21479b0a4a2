/**
 * Finding messages and labels in the user's language. Each rule carries its own messages
 * (src/core/kinds/<kind>/rules.ts); this module is where adapters find them all.
 */
export { formatYuan, formatRate, groupNumber, formatPoints } from "./format";
export { severityLabel, statusLabel, capTypeLabel } from "./labels";
export { ruleTitle, formatMessage } from "../rules/all";
export { fieldLabel, kindLabel } from "../kinds/index";
