# calendar: leap years, weekdays, month ranges, the text calendars and the iterators, with
# the first weekday changed, and the errors for bad months and weekdays.
import calendar

print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.leapdays(1900, 2025))
print(calendar.weekday(2024, 2, 29), calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(1, 1))
print(calendar.monthcalendar(2024, 3))
print(calendar.month(2024, 2))
print(calendar.month(2024, 2, w=3, l=2))
print(calendar.calendar(2023))
print(calendar.prcal.__name__, calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1970, 1, 1, 0, 0, 1, 0, 0, 0)))
print(list(calendar.day_name), list(calendar.day_abbr))
print(list(calendar.month_name), list(calendar.month_abbr), len(calendar.month_name))
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday())
c = calendar.Calendar(firstweekday=6)
print(list(c.iterweekdays()), c.getfirstweekday())
print([d.isoformat() for d in c.itermonthdates(2024, 2)][:10])
print(list(c.itermonthdays(2024, 2))[:10], list(c.itermonthdays2(2024, 2))[:8])
print(list(c.itermonthdays3(2024, 1))[:3], list(c.itermonthdays4(2024, 1))[:3])
print(c.monthdays2calendar(2024, 2)[0], len(c.yeardatescalendar(2024)), len(c.yeardays2calendar(2024, width=4)))
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2021, 12))
print(tc.formatweekday(0, 5), '|', tc.formatweekday(3, 1), '|', tc.formatmonthname(2021, 7, 20, withyear=False), '|')
print(tc.formatyear(2021, w=2, l=1, c=6, m=4))
hc = calendar.HTMLCalendar()
print(hc.formatmonth(2024, 4))
print(hc.formatweekheader())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(3))
print(calendar.month(2024, 6))
calendar.setfirstweekday(0)
print(calendar.weekheader(2), calendar.weekheader(9))
print(calendar.day_name[-1], calendar.month_abbr[12], calendar.month_name[1:3])
for f in [lambda: calendar.monthrange(2024, 13), lambda: calendar.monthrange(2024, 0), lambda: calendar.setfirstweekday(7),
          lambda: calendar.month_name[13],
          lambda: calendar.isleap('x')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(calendar.IllegalMonthError(13), calendar.IllegalWeekdayError(9))
print(issubclass(calendar.IllegalMonthError, ValueError))
