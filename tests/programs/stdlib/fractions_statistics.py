# fractions and statistics: Fraction arithmetic, construction from floats, strings and Decimals,
# limit_denominator, comparisons and hashing; statistics' averages, spreads, quantiles,
# NormalDist, correlation and regression, and their errors.
import decimal
import math
import statistics
from fractions import Fraction as F

print(F(1, 3) + F(1, 6), F(3, 4) * F(2, 3), F(1, 2) / F(3, 4), F(7, 3) // 2, F(7, 3) % 1, F(-7, 3) ** 2, F(4, 9) ** F(1, 2))
print(F('3.1415'), F('-2/6'), F(0.75), F(decimal.Decimal('1.25')), F(' 10e-2 '), F(F(1, 2), F(1, 3)))
print(F(math.pi).limit_denominator(1000), F(1, 3).limit_denominator(2), F(5, 10).numerator, F(5, 10).denominator)
print(repr(F(2, 4)), str(F(6, 3)), float(F(1, 8)), int(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(22, 7), 2),
      math.floor(F(-7, 2)), math.ceil(F(7, 2)))
print(F(1, 2) == 0.5, F(1, 3) < 0.34, F(2, 1) == 2, hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3),
      sorted([F(1, 2), F(1, 3), 0.4, 1]))
print(F(1, 3).as_integer_ratio(), F(5).is_integer() if hasattr(F, 'is_integer') else True, abs(F(-3, 4)), -F(1, 2),
      F(1, 2) + 1, 1.5 + F(1, 2), F(1, 2) + decimal.Decimal('0.5') if False else 'skip')
for bad in [lambda: F(1, 0), lambda: F('abc'), lambda: F(1.5, 2), lambda: F(float('nan')), lambda: F(float('inf')),
            lambda: F(1, 2) + 'x']:
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

data = [2.5, 3.25, 5.5, 1.75, 3.25, 7.0]
print(statistics.mean(data), statistics.fmean(data), statistics.median(data), statistics.median_low(data),
      statistics.median_high(data), statistics.mode(data), statistics.multimode([1, 1, 2, 2, 3]))
print(statistics.geometric_mean([1, 2, 4, 8]), statistics.harmonic_mean([40, 60]), statistics.median_grouped([1, 2, 2, 3, 4]))
print(statistics.pstdev(data), statistics.stdev(data), statistics.pvariance(data), statistics.variance(data))
print(statistics.mean([F(1, 2), F(1, 3)]), statistics.mean([decimal.Decimal('0.5'), decimal.Decimal('0.25')]),
      statistics.variance([F(1), F(2), F(4)]), statistics.mean([1, 2, 3, 4]))
print(statistics.quantiles(range(1, 11), n=4), statistics.quantiles([1, 5, 9, 13], n=3, method='inclusive'))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(statistics.correlation(x, y), statistics.covariance(x, y), statistics.linear_regression(x, y))
nd = statistics.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, round(nd.cdf(115), 10), round(nd.inv_cdf(0.975), 10), round(nd.pdf(100), 12),
      nd.zscore(130), round(nd.overlap(statistics.NormalDist(110, 15)), 10))
print(statistics.NormalDist.from_samples([1, 2, 3, 4, 5]), nd + 5, nd * 2, [round(q, 6) for q in nd.quantiles(4)])
for bad in [lambda: statistics.mean([]), lambda: statistics.stdev([1]), lambda: statistics.mode([]),
            lambda: statistics.harmonic_mean([-1, 2]), lambda: statistics.correlation([1, 2], [1]),
            lambda: statistics.NormalDist(0, -1), lambda: statistics.quantiles([1], n=4)]:
    try:
        print(bad())
    except statistics.StatisticsError as e:
        print('StatisticsError', e)
