import { serviceIndex, serviceIndexParts, weightsProblem, type StationFigures } from '../../../domain/service-index';

const figures = (f: Partial<StationFigures>): StationFigures => ({
  finished: 0,
  onTime: 0,
  ratings: 0,
  goodRatings: 0,
  complaintsUpheld: 0,
  firstAsks: 0,
  ...f,
});
const WEIGHTS = { efficiency: 40, quality: 40, performance: 20 };

describe('服务指数: a station’s service index from efficiency, quality and performance', () => {
  it('takes the on-time rate, the good ratings and the workload against the busiest station', () => {
    const parts = serviceIndexParts(figures({ finished: 8, onTime: 6, ratings: 4, goodRatings: 3, firstAsks: 2 }), 20);
    expect(parts).toEqual({ efficiency: 75, quality: 75, performance: 50 });
    expect(serviceIndex(parts, WEIGHTS)).toBe(70);
  });

  it('counts an upheld complaint as a bad rating', () => {
    const parts = serviceIndexParts(
      figures({ finished: 1, onTime: 1, ratings: 2, goodRatings: 2, complaintsUpheld: 2 }),
      1,
    );
    expect(parts.quality).toBe(50);
  });

  it('leaves out a part without figures and spreads its weight over the others', () => {
    const parts = serviceIndexParts(figures({ finished: 3, onTime: 3 }), 9);
    expect(parts).toEqual({ efficiency: 100, quality: null, performance: 33.3 });
    expect(serviceIndex(parts, WEIGHTS)).toBe(77.8);
    expect(serviceIndex({ efficiency: null, quality: null, performance: null }, WEIGHTS)).toBeNull();
    expect(
      serviceIndex(
        { efficiency: 90, quality: null, performance: null },
        { efficiency: 0, quality: 50, performance: 50 },
      ),
    ).toBeNull();
  });

  it('gives no performance when no station did anything', () => {
    expect(serviceIndexParts(figures({}), 0)).toEqual({ efficiency: null, quality: null, performance: null });
  });

  it('takes whole weights from 0 to 100 adding up to 100, and says why it refuses others', () => {
    expect(weightsProblem(WEIGHTS)).toBeNull();
    expect(weightsProblem({ efficiency: 100, quality: 0, performance: 0 })).toBeNull();
    expect(weightsProblem({ efficiency: 50, quality: 30, performance: 10 })).toEqual({
      zh: '三项权重之和应为 100，现为 90',
      en: 'the three weights must add up to 100, not 90',
    });
    expect(weightsProblem({ efficiency: 40.5, quality: 39.5, performance: 20 })?.zh).toBe('每项权重应为 0–100 的整数');
    expect(weightsProblem({ efficiency: 120, quality: -20, performance: 0 })?.zh).toBe('每项权重应为 0–100 的整数');
    expect(weightsProblem({ efficiency: NaN, quality: 50, performance: 50 })?.zh).toBe('每项权重应为 0–100 的整数');
  });
});
