x = ur'\d+'
