/** The `--help` text: Chinese for the users, English keywords for whoever scripts it. */
import { PROFILES } from '../engine/index.js';

/** One line per command; a usage error prints them all. */
export const USAGE = [
  'ziping check <文件>... [--sheet NAME] [--format text|json] [--profile ID] [--write OUT] [--overwrite] [--summary OUT.xlsx|OUT.csv] [--jobs N]',
  'ziping profiles [--format text|json]',
] as const;

export const HELP_TEXT = `自评助手 ziping — 识别、计分并检查绩效自评表

用法 Usage:
  ${USAGE.join('\n  ')}

命令 Commands:
  check     检查工作簿：识别每个工作表上的自评表，重算得分、执行率、总分和等级，列出问题。
  profiles  列出可选的评分规则（各省市的评分办法）：编号、名称及所依据的文件
            （标题、发文机关、文号或表号、年份、网址）。--format json 输出一个 JSON 数组。

  文件可以是 .xlsx / .xlsm（Excel、WPS、LibreOffice 等保存），也可以是 .xls、WPS .et、.xlsb、.ods：
  后几种只检查，不写副本。Excel/WPS 打开工作簿时留下的 ~$ 开头的临时锁文件会被跳过。

选项 Options:
  --sheet NAME     只检查这个工作表；可重复。默认检查所有工作表，报告识别出的自评表。
  --format FORMAT  text（默认）：中文报告；json：每个文件一行 JSON (JSON Lines)。
  --profile ID     所有工作表都按这套评分规则检查（分值、执行率算法、等级线等），不再自动识别。
                   不指定时按每张表的标题、地区、表号和格式识别，报告中每个工作表写明所用规则及依据。
                   ID 是下列之一（ziping profiles 列出各自的名称与依据），否则退出码为 2：
${profileIdLines()}
  --write OUT      另存一份带检查结果的副本（.xlsx、.xlsm）：写入计算值，按问题级别给单元格填色
                   （红＝错误，黄＝警告，蓝＝提示）并附备注，写入的单元格备注“原为 …”。
                   其余内容（图表、数据透视表、保护、名称、批注、链接…）原样保留；原文件不会被修改。
                   检查一个文件时 OUT 是文件名；检查多个文件时 OUT 须是已存在的文件夹
                   （副本与原文件同名、扩展名为 .xlsx，含宏的仍为 .xlsm；不能是原文件所在的文件夹），或含 {name} 的模式，
                   {name} 替换为原文件名（不含扩展名），如 --write 结果/{name}-已检查.xlsx
                   未识别到自评表的工作簿不写副本。
  --overwrite      副本文件已存在时替换它（默认不替换，报错）。副本永远不会替换本次检查的输入文件。
  --summary OUT    另存一份汇总表：每个自评表一行（文件、工作表、表名、计算与表中总分、等级、
                   错误与警告数、第一个错误、说明、所用规则）。OUT 以 .xlsx 或 .csv 结尾。
  --jobs N         同时检查 N 个文件（默认为 CPU 核数）；报告仍按输入顺序输出。
  -h, --help       显示本帮助。

退出码 Exit codes:
  0  没有错误级问题 (no error-level finding)
  1  至少有一个错误级问题 (at least one error-level finding)
  2  文件无法读取或写出，或参数有误 (unreadable input, write failure, usage error)
  3  工作簿的各工作表中都没有识别到自评表 (no self-evaluation table recognised)
  检查多个文件时取最严重者：2 > 3 > 1 > 0；一个文件失败不影响其他文件 (worst over all files)。

示例 Examples:
  ziping check examples/shangjie-2021.xlsx
  ziping profiles
  ziping check 自评表.xlsx --profile sichuan-2023
  ziping check 自评表/*.xlsx --format json > 结果.jsonl
  ziping check 自评表/*.xls* --summary 汇总.xlsx --jobs 4
  ziping check 自评表.xlsx --sheet 自评表 --write 自评表-已检查.xlsx
`;

/** The registered ids, a few a line, so the list stays true as profiles are added. */
function profileIdLines(): string {
  const ids = PROFILES.map((p) => p.id);
  const lines: string[] = [];
  for (let i = 0; i < ids.length; i += 4)
    lines.push(`                     ${ids.slice(i, i + 4).join('、')}`);
  return lines.join('\n');
}
