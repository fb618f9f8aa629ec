"""Reports built from the analysis (Qt-free): the before/after comparison of two versions of a script
(:mod:`studio.reports.compare`, :mod:`studio.reports.sides`) and its HTML form (:mod:`studio.reports.html`)."""
