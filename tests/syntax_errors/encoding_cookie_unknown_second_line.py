#!/usr/bin/env python
# coding: klingon
x = 1
