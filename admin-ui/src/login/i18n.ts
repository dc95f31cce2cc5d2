export const zh = {
  ow: {
    login: {
      title: '登录',
      subtitle: '便民服务中心工作人员登录',
      username: '用户名',
      password: '密码',
      submit: '登录',
      failed: '用户名或密码错误；连续输错多次后账户将暂时锁定',
      tooMany: '尝试过于频繁，请稍后再试',
      footer: '一窗受理 · 后台办理 · 限时办结 · 全程可视',
    },
  },
};

export const en: typeof zh = {
  ow: {
    login: {
      title: 'Sign in',
      subtitle: 'Staff sign-in for the service centre',
      username: 'Username',
      password: 'Password',
      submit: 'Sign in',
      failed: 'Wrong username or password; after several failures the account is locked for a while',
      tooMany: 'Too many attempts, please try again later',
      footer: 'One window · back office · on time · every step visible',
    },
  },
};
