import { materialLimits, maxBytesForNextFile } from '../../../api/materials/material-limits';

describe('material limits', () => {
  const limits = materialLimits({ MATERIAL_FILE_MAX_MB: 20, MATERIAL_MATTER_MAX_MB: 50.5 });

  it('reads the settings in MB, decimals allowed', () => {
    expect(limits).toEqual({ fileBytes: 20 * 1024 * 1024, matterBytes: 50.5 * 1024 * 1024 });
  });

  it('lets the next file take the per-file limit, or what is left of the matter total', () => {
    expect(maxBytesForNextFile(limits, 0)).toBe(limits.fileBytes);
    expect(maxBytesForNextFile(limits, limits.matterBytes - 1000)).toBe(1000);
  });

  it('refuses, in both languages, when the matter has no room left', () => {
    expect(() => maxBytesForNextFile(limits, limits.matterBytes)).toThrow(
      expect.objectContaining({ code: 'PAYLOAD_TOO_LARGE', messageEn: expect.stringContaining('50.5 MB') }),
    );
  });
});
