@f

