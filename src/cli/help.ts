/** The `--help` text: Chinese for the users, English keywords for whoever scripts it. */
export const HELP_TEXT = `自评助手 ziping — 识别、计分并检查绩效自评表（.xlsx）

用法 Usage:
  ziping check <file.xlsx>... [--sheet NAME] [--format text|json] [--write OUT]

选项 Options:
  --sheet NAME     只检查这个工作表；可重复。默认检查所有工作表，报告识别出的自评表。
  --format FORMAT  text（默认）：中文报告；json：每个文件一行 JSON (JSON Lines)。
  --write OUT      另存一份带检查结果的副本：写入计算值，按问题级别给单元格填色
                   （红＝错误，黄＝警告，蓝＝提示）并附备注。原文件不会被修改。
                   检查一个文件时 OUT 是文件名；检查多个文件时 OUT 须是已存在的文件夹
                   （副本与原文件同名、扩展名为 .xlsx，不能是原文件所在的文件夹），或含 {name} 的模式，
                   {name} 替换为原文件名（不含扩展名），如 --write 结果/{name}-已检查.xlsx
  -h, --help       显示本帮助。

退出码 Exit codes:
  0  没有错误级问题 (no error-level finding)
  1  至少有一个错误级问题 (at least one error-level finding)
  2  文件无法读取或写出，或参数有误 (unreadable input, write failure, usage error)
  检查多个文件时取最严重者，一个文件失败不影响其他文件 (worst over all files)。

只支持 .xlsx；.xls 或 WPS .et 文件请先另存为 .xlsx（或 soffice --headless --convert-to xlsx 文件名）。

示例 Examples:
  ziping check examples/shangjie-2021.xlsx
  ziping check 自评表/*.xlsx --format json > 结果.jsonl
  ziping check 自评表.xlsx --sheet 自评表 --write 自评表-已检查.xlsx
`;
