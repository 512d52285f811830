import type { dashboardEn } from './dashboard.en.ts';
import type { DeepStrings } from './deep-strings.ts';

export const dashboardZhCN: DeepStrings<typeof dashboardEn> = {
  title: '今日概览',
  subtitle: '需要处理的事项，最紧急的在前。',
  nav: '概览',
  counts: {
    label: '按紧急程度统计的号码',
    lost: '已失效',
    lostHint: '所有宽限阶段均已结束',
    grace: '已逾期',
    graceHint: '处于宽限期：请尽快续费',
    dueIn7: '7 天内到期',
    dueIn7Hint: '含今天',
    dueIn30: '30 天内到期',
    dueIn30Hint: '含未来 7 天',
    show: '查看这 {{count}} 个号码：{{what}}',
  },
  timeline: {
    title: '未来 {{days}} 天',
    description: '每个标记代表一个号码的下一个截止日期。悬停或聚焦标记可查看详情，选择标记可打开该号码。',
    empty: '未来 {{days}} 天内没有截止日期。',
    today: '今天',
    mark: '{{number}} {{label}}：{{status}}，截止日期 {{date}}（{{relative}}）',
    legend: '图例',
  },
  urgent: {
    title: '最紧急',
    empty: '暂无紧急事项：所有号码目前都正常。',
    recordRenewal: '记录续费',
    recordRenewalFor: '为 {{number}} 记录续费',
    open: '打开 {{number}}',
  },
  firstRun: {
    title: '欢迎使用 Keepline',
    line1: 'Keepline 帮您跟踪必须在运营商截止日期前续费、充值或使用的预付费 SIM 卡、eSIM 和虚拟号码。',
    line2: '添加号码后，它会按各运营商所在时区告诉您今天需要处理什么。',
    add: '添加号码',
    import: '导入电子表格',
    importSoon: '即将推出：暂不支持导入电子表格。',
  },
  shortcuts: {
    title: '键盘快捷键',
    open: '键盘快捷键',
    footer: '按 ? 查看键盘快捷键',
    keys: {
      new: '添加号码',
      search: '搜索列表',
      record: '为选中的号码记录续费（在概览页为“最紧急”中的第一个号码）',
      close: '关闭对话框',
      move: '在列表中上下移动',
      openRow: '打开选中的号码',
      select: '选中或取消选中号码以进行批量操作',
      help: '显示此列表',
    },
    keyNames: { up: '上箭头', down: '下箭头', enter: '回车', space: '空格', esc: 'Esc' },
  },
};
