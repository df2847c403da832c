# Simon–Makuch survival by a time-dependent group, from R's survival package: the second reference
# for `exposure_curves` (SPEC §4.3). Run from the repository root:
#
#     Rscript tests/reference/honest/simon_makuch.R
#
# Writes tests/reference/honest/sm_rows.csv (the counting-process rows: group, start, stop, event)
# and tests/reference/honest/sm_curves.csv (per group and time: n.risk, n.event, surv, lower, upper
# of survfit(Surv(start, stop, event) ~ group, conf.type = "log-log")).
library(survival)
set.seed(20261202)
n <- 400
follow <- pmax(1, round(rexp(n, 1 / 900)))         # days from hire to exit or censoring
event <- rbinom(n, 1, 0.55)
first <- ifelse(runif(n) < 0.6, round(runif(n, -30, 1500)), NA)  # first pair's start, days since hire
rows <- data.frame(group = integer(), start = numeric(), stop = numeric(), event = integer())
for (i in seq_len(n)) {
  s <- first[i]
  if (!is.na(s) && s <= 0) {
    rows[nrow(rows) + 1, ] <- list(1L, -1, follow[i], event[i])
  } else if (!is.na(s) && s < follow[i]) {
    rows[nrow(rows) + 1, ] <- list(0L, -1, s, 0L)
    rows[nrow(rows) + 1, ] <- list(1L, s, follow[i], event[i])
  } else {
    rows[nrow(rows) + 1, ] <- list(0L, -1, follow[i], event[i])
  }
}
dir <- "tests/reference/honest"
write.csv(rows, file.path(dir, "sm_rows.csv"), row.names = FALSE)
fit <- survfit(Surv(start, stop, event) ~ group, data = rows, conf.type = "log-log")
s <- summary(fit, censored = TRUE)
group <- as.integer(sub("group=", "", as.character(s$strata)))
out <- data.frame(group = group, time = s$time, n_risk = s$n.risk, n_event = s$n.event,
                  surv = sprintf("%.15g", s$surv), lower = sprintf("%.15g", s$lower),
                  upper = sprintf("%.15g", s$upper))
write.csv(out, file.path(dir, "sm_curves.csv"), row.names = FALSE, quote = FALSE)
