import { maskSensitive } from '../../../platform/mask-sensitive';

describe('maskSensitive', () => {
  it('masks ID and mobile numbers inside free text', () => {
    const line = '{"id":"11010519491231002X","phone":"13812345678","n":123}';
    const masked = maskSensitive(line);
    expect(masked).not.toContain('11010519491231002X');
    expect(masked).not.toContain('13812345678');
    expect(masked).toContain('110105********002X');
    expect(masked).toContain('138****5678');
    expect(masked).toContain('"n":123');
  });
});
