import toppkg.mod
