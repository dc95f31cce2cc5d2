/** Signals: the matter page's card of the signals it waits for, the 信号 page, and the confirmed broadcast. */
export const zh = {
  ow: {
    signals: {
      card: {
        title: '等待的信号',
        help: '办件正在等待以下信号，信号到达后流程继续。信号是广播的：发出后送达所有正在等待它的在办办件。',
        loadFailed: '无法读取办件等待的信号',
      },
      broadcast: {
        button: '广播信号',
        title: '广播信号',
        everyMatter: '信号将送达所有正在等待它的在办办件（不止一个办件），发出后无法撤回。',
        count: '流程引擎索引中目前共有 %{count} 个办件在等待。',
        confirm: '确认广播',
      },
      page: {
        menu: '信号',
        title: '信号',
        help: '在办办件正在等待的信号及等待的办件数（取自流程引擎的索引，刚开始等待的办件可能稍后才计入）。',
        name: '信号名称',
        waiting: '等待的办件数',
        empty: '目前没有在办办件等待信号。',
        loadFailed: '无法读取在办办件等待的信号',
        byName: '按名称广播信号',
        nameHint: '以字母或下划线开头，最长 100 个字符',
        invalidName: '信号名称不合法：以字母或下划线开头，只含字母、数字、_ . -，最长 100 个字符',
      },
      notifications: {
        broadcast: '已广播信号，送达 %{reached} 个办件',
        broadcastMissed: '已广播信号，送达 %{reached} 个办件；另有 %{missed} 个办件未能送达（已结束或暂无响应）',
        failed: '广播信号失败：%{message}',
      },
    },
  },
};

export const en = {
  ow: {
    signals: {
      card: {
        title: 'Waiting for signals',
        help: 'The matter waits for these signals and goes on once one arrives. A signal is broadcast: it reaches every running matter waiting for it.',
        loadFailed: 'The signals the matter waits for cannot be read',
      },
      broadcast: {
        button: 'Broadcast',
        title: 'Broadcast a signal',
        everyMatter: 'The signal reaches every running matter waiting for it (not just one), and cannot be taken back.',
        count: ' The engine’s index counts %{count} matters waiting now.',
        confirm: 'Broadcast',
      },
      page: {
        menu: 'Signals',
        title: 'Signals',
        help: 'The signals running matters wait for, with how many wait for each (from the engine’s index: a matter that just began waiting may count a moment later).',
        name: 'Signal name',
        waiting: 'Matters waiting',
        empty: 'No running matter waits for a signal.',
        loadFailed: 'The signals running matters wait for cannot be read',
        byName: 'Broadcast a signal by name',
        nameHint: 'A letter or _ first, at most 100 characters',
        invalidName: 'Not a signal name: a letter or _ first, then letters, digits, _ . or -, at most 100 characters',
      },
      notifications: {
        broadcast: 'Signal broadcast: it reached %{reached} matters',
        broadcastMissed:
          'Signal broadcast: it reached %{reached} matters; %{missed} more did not take it (ended, or not answering)',
        failed: 'The signal could not be broadcast: %{message}',
      },
    },
  },
};
