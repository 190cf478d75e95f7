abc = a, b = else
