/** The messages card on the matter page: one button for each message the matter waits for. */
export const zh = {
  ow: {
    messages: {
      title: '等待的消息',
      help: '办件正在等待以下消息，收到后流程继续。其他系统可通过同一接口发送。',
      send: '%{label}',
      dialog: {
        title: '登记收到的消息',
        help: '登记后流程立即继续（消息名称 %{name}）。',
        note: '说明（可选）',
        confirm: '确认登记',
      },
      notifications: { sent: '已登记消息，流程继续' },
      loadFailed: '无法读取办件等待的消息',
    },
  },
};

export const en = {
  ow: {
    messages: {
      title: 'Waiting for messages',
      help: 'The matter waits for these messages and goes on once one arrives. Other systems send them through the same API.',
      send: '%{label}',
      dialog: {
        title: 'Record a message',
        help: 'The procedure goes on as soon as it is recorded (message name %{name}).',
        note: 'Note (optional)',
        confirm: 'Record',
      },
      notifications: { sent: 'Message recorded: the procedure goes on' },
      loadFailed: 'The messages the matter waits for cannot be read',
    },
  },
};
