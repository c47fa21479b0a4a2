import { writeRegisterXlsx } from "./bench/workbooks";
(async () => { const t = Date.now(); await writeRegisterXlsx(process.argv[2], Number(process.argv[3])); console.log("gen ms", Date.now() - t); })();
