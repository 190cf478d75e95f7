@f
