# mentor-insights — English. Every sentence the core writes (SPEC §4.8 "Language").
# Placeables ({ $name }) are the numbers and names of the sentence; numbers are written the
# language's way by the code. Selectors choose a variant by a key the code passes ([yes], [no],
# [lower], ...) or by the plural category of a number ([one], [other]).

## Phrases used inside other sentences

p-below = p < { $p_below }
p-value = p = { $p_value }
list-separator = ,{" "}
clause-separator = ;{" "}
nothing-else = nothing else
mentored-people = mentored
other-people = others
survived-employed = staying employed
survived-unpromoted = without a promotion
suggest-rule = the rule "level gap 1–2" scores the candidates
table-rows = { $table ->
    [people] { $count ->
        [one] { $count } person
       *[other] { $count } people
    }
    [pairs] { $count ->
        [one] { $count } pair
       *[other] { $count } pairs
    }
    [sessions] { $count ->
        [one] { $count } session
       *[other] { $count } sessions
    }
    [goals] { $count ->
        [one] { $count } goal
       *[other] { $count } goals
    }
    [feedback] { $count ->
        [one] { $count } feedback
       *[other] { $count } feedback
    }
    [promotions] { $count ->
        [one] { $count } promotion
       *[other] { $count } promotions
    }
    [requests] { $count ->
        [one] { $count } request
       *[other] { $count } requests
    }
   *[other] { $count } { $table }
}
group-mentored = mentored
grouping-mentored = mentoring
group-others = others
group-everyone = all

signal-recency = no recent session
signal-no_first_session = no first session yet
signal-falling_trend = fewer sessions month by month
signal-cancellations = cancelled or missed sessions
signal-attendance_drop = more missed sessions than before
signal-initiative_drop = the mentee arranges fewer meetings
signal-overdue_goals = goals past due
signal-stalled_goals = stalled goals
signal-low_rating = low ratings
signal-falling_rating = falling ratings
signal-one_sided = one side arranges every meeting
signal-mentee_exit_risk = the mentee's exit risk
reason-count = { $reason } ({ $pairs ->
        [one] { $pairs } pair
       *[other] { $pairs } pairs
    })

model-cox = Cox model
model-naive-cox = naive Cox model
model-weighted-cox = weighted Cox model
model-landmark-cox = landmark Cox model
model-propensity = propensity model
model-matching = matching model
test-group-comparison = group comparison
test-logrank = log-rank test
test-rate-ratio = rate ratio

## Findings

finding-goals-completion = { $completed_pct }% of { $goals ->
        [one] { $goals } goal was
       *[other] { $goals } goals were
    } completed ({ $level }% CI { $ci_low_pct }–{ $ci_high_pct }%){ $extent ->
        [open] ; { $open ->
            [one] { $open } is
           *[other] { $open } are
        } still open, and counting each goal only for the time it has had, { $within_pct }% ({ $within_low_pct }–{ $within_high_pct }%) are completed within { $window_days } days of being set.
        [young] ; { $open ->
            [one] { $open } is
           *[other] { $open } are
        } still open, and counting each goal only for the time it has had, { $within_pct }% ({ $within_low_pct }–{ $within_high_pct }%) are completed within { $window_days } days of being set — most goals are still young, so the share completed so far understates it.
       *[none] .
    }
finding-goals-open-items = In active pairs, { $overdue ->
        [one] { $overdue } open goal is past its due date
       *[other] { $overdue } open goals are past their due date
    } and { $stalled ->
        [one] { $stalled } has
       *[other] { $stalled } have
    } had no update for more than { $stalled_days } days.
finding-goals-program = Goal completion in { $program } ({ $completed_pct }%, { $level }% CI { $ci_low_pct }–{ $ci_high_pct }%) is { $direction ->
        [lower] lower
       *[higher] higher
    } than in the other programs ({ $rest_pct }%, { $rest_ci_low_pct }–{ $rest_ci_high_pct }%).
finding-engagement-not-meeting = { $pairs } of { $active_pairs } active pairs { $pairs ->
        [one] has
       *[other] have
    } not met for more than twice their agreed cadence.
finding-engagement-trend = Held sessions per active pair in { $program } are { $direction ->
        [falling] falling
       *[rising] rising
    } by { $sessions_per_month } a month over { $months } months (Mann–Kendall { $p }, adjusted for the programs compared).
finding-retention-mentoring = { $found ->
        [yes] Mentored people leave at { $hazard_ratio } times the rate of others ({ $level }% CI { $ci_low }–{ $ci_high })
       *[no] No difference in leaving was found between mentored people and others (hazard ratio { $hazard_ratio }, { $level }% CI { $ci_low }–{ $ci_high })
    }{ $time_varying ->
        [yes] , counting each person as mentored from their first pair
       *[no] {""}
    }{ $naive_reading ->
        [overstates] ; the naive "ever mentored" comparison ({ $naive_hazard_ratio }) overstates it, because it credits mentoring with the time before a person's first pair
        [understates] ; the naive "ever mentored" comparison ({ $naive_hazard_ratio }) understates it, because it credits mentoring with the time before a person's first pair
       *[none] {""}
    }. This rests on { $people } people and { $exits ->
        [one] { $exits } exit
       *[other] { $exits } exits
    }, is adjusted for { $adjusted_for }, and is an association, not proof that mentoring causes it.
finding-retention-driver = { $unit ->
        [text] People with { $attribute } { $level } left at { $share }% ({ $share_low }–{ $share_high }%), against { $other_share }% ({ $other_share_low }–{ $other_share_high }%) with { $other_level }
        [step] Each step up in { $attribute } goes with { $hazard_ratio } times the rate of leaving ({ $level }% CI { $ci_low }–{ $ci_high })
        [year] Each year more of { $attribute } goes with { $hazard_ratio } times the rate of leaving ({ $level }% CI { $ci_low }–{ $ci_high })
        [thousand] Each 1,000 more of { $attribute } goes with { $hazard_ratio } times the rate of leaving ({ $level }% CI { $ci_low }–{ $ci_high })
       *[sd] Each standard deviation ({ $unit_size }) more of { $attribute } goes with { $hazard_ratio } times the rate of leaving ({ $level }% CI { $ci_low }–{ $ci_high })
    }; { $n } people, { $exits ->
        [one] { $exits } exit
       *[other] { $exits } exits
    }; an association, not adjusted for other attributes ({ $p } { $tested ->
        [one] for the one attribute tested
       *[other] across the { $tested } attributes tested
    }).
finding-retention-logrank = Time to leaving differs between the { $groups } groups of { $by } (log-rank χ² { $statistic }, { $p }).
finding-retention-correlate = Of the attributes and mentoring features measured, { $feature } is most strongly associated with leaving: higher values go with { $direction ->
        [more] more
       *[fewer] fewer
    } exits (r = { $r }, n = { $n }, { $p }).
finding-risk-levels = { $high } of { $active_pairs } active pairs { $high ->
        [one] is
       *[other] are
    } at high risk of ending early and { $medium } at medium risk.
finding-risk-reasons = { $flagged_pairs ->
        [one] The reasons for the one pair at high or medium risk: { $reasons }.
       *[other] The reasons that recur most among the { $flagged_pairs } pairs at high or medium risk: { $reasons }.
    }
finding-progression-mentoring = { $found ->
        [yes] Counted from their first pair, mentored people are promoted at { $hazard_ratio } times the rate of others (Cox model, { $level }% CI { $ci_low }–{ $ci_high }).
       *[no] No difference in the rate of promotion was found for mentored people, counted from their first pair (hazard ratio { $hazard_ratio }, Cox model, { $level }% CI { $ci_low }–{ $ci_high }).
    }
finding-progression-rate-ratio = { $found ->
        [yes] Promotions come { $rate_ratio } times as often for { $first } people as for { $second }
       *[no] No difference in promotion rates was found between { $first } people and { $second }
    } ({ $first_rate } against { $second_rate } per { $person_years } person-years{ $found ->
        [yes] {""}
       *[no] , rate ratio { $rate_ratio }
    }; { $level }% CI { $ci_low }–{ $ci_high }).
finding-matching-feature = { $kind ->
        [same_department] Pairs whose mentor works in the mentee's department end early at { $hazard_ratio } times the rate of others
        [same_location] Pairs whose mentor works in the mentee's location end early at { $hazard_ratio } times the rate of others
        [level_gap_against] Pairs with a level gap of { $band } (against a gap of { $reference }) end early at { $hazard_ratio } times the rate
        [tenure_gap_years] Each year more that the mentor has been employed multiplies the rate of ending early by { $hazard_ratio }
        [mentor_load] Each other pair the mentor already has multiplies the rate of ending early by { $hazard_ratio }
        [mentor_experience] Each earlier pair of the mentor's multiplies the rate of ending early by { $hazard_ratio }
        [shared_interests] Full overlap of the mentee's interests and the mentor's skills (against none) multiplies the rate of ending early by { $hazard_ratio }
       *[other] { $term } multiplies the rate of ending early by { $hazard_ratio }
    } ({ $level }% CI { $ci_low }–{ $ci_high }).
finding-matching-validation = Fitted on earlier pairs, the matching model ranks which of the last year's { $test_pairs } pairs end early with a concordance of { $concordance } ({ $chance } is chance){ $trusted ->
        [yes] .
       *[no] : too close to chance to trust, so suggested mentors are scored by the plain rule (a mentor one or two levels above) and the pair features above are hints, not a model.
    }

## Suggested mentors: each term of a suggestion, and why a mentee has none

term-text = { $term ->
        [same_department] { $yes ->
            [yes] same department
           *[no] different departments
        }
        [same_location] { $yes ->
            [yes] same location
           *[no] different locations
        }
        [tenure_gap_years] the mentor has been employed { $years } years longer
        [mentor_load] the mentor has { $value ->
            [one] { $value } other pair
           *[other] { $value } other pairs
        } now
        [mentor_experience] the mentor has mentored { $value ->
            [one] { $value } pair
           *[other] { $value } pairs
        } before
        [shared_interests] the mentee's interests and the mentor's skills overlap { $share }%
        [level_gap] { $yes ->
            [yes] { $gap ->
                [none] the mentor is not above the mentee
                [one] the mentor is 1 level above
                [three] the mentor is 3 or more levels above
               *[other] the mentor is { $band } levels above
            }
           *[no] not a level gap of { $band }
        }
       *[other] { $term }
    }
unmatched-not-employed = not employed at as_of
unmatched-no-mentor = no employed mentor with a free slot meets the constraints
unmatched-slots-taken = every suitable mentor's free slots went to other mentees, for a higher total

## Reasons a pair is at risk

reason-recency = no held session for { $since } days (cadence { $cadence })
reason-recency-never = no held session in the { $since } days since the start (cadence { $cadence })
reason-no-first-session = no session held in the { $age } days since the start (expected within { $limit })
reason-falling-trend = held sessions falling by { $slope } a month over the last { $months } months
reason-cancellations = { $missed } of { $sessions } sessions in the last { $days } days cancelled or missed
reason-attendance-drop = { $now }% of sessions held in the last { $days } days, against { $before }% before
reason-initiative-drop = the mentee started { $now }% of recent sessions, against { $before }% before
reason-overdue-goals = { $overdue ->
        [one] { $overdue } goal past due
       *[other] { $overdue } goals past due
    }
reason-stalled-goals = { $stalled ->
        [one] { $stalled } open goal
       *[other] { $stalled } open goals
    } without an update for more than { $limit } days
reason-low-rating = the { $side ->
        [mentor] mentor
       *[mentee] mentee
    } rated the pair { $rating } of 5 in the last { $days } days
reason-falling-rating = ratings fell from { $before } to { $now }
reason-one-sided = the { $side ->
        [mentor] mentor
       *[mentee] mentee
    } started { $share }% of the last { $sessions } sessions
reason-mentee-exit-risk = the mentee's exit risk is { $relative }× the average

## Which risk weights were used, and why

auc-none = none
weights-default = the documented default weights
weights-learn-off = learn is false: the documented default weights
weights-learned = learned from { $closed } closed pairs
weights-config = the weights set in config are used as given
weights-no-replay = too few pairs had closed a year before as_of to test learned weights on the year since (at least { $needed } with both outcomes), so the defaults are used
weights-replay-learned = replaying the past year, weights learned from the pairs closed before it ranked the pairs that ended early better (AUC { $learned }) than the defaults ({ $default })
weights-replay-default = replaying the past year, the learned weights (AUC { $learned }) did not rank the pairs that ended early better than the defaults ({ $default }), so the defaults are used

## Warnings

warning-locale-unsupported = locale "{ $locale }" is not supported, so sentences are in English (supported: { $supported })
warning-after-as-of-rows = left out the rows dated after as_of { $as_of } ({ $counts })
warning-after-as-of-dates = { $cleared ->
        [one] { $cleared } exit, end or completion date after as_of
       *[other] { $cleared } exit, end or completion dates after as_of
    } { $as_of } treated as not yet happened
warning-after-as-of-both = left out the rows dated after as_of { $as_of } ({ $counts }); { $cleared ->
        [one] { $cleared } exit, end or completion date after it
       *[other] { $cleared } exit, end or completion dates after it
    } treated as not yet happened
warning-as-of-after-data = as_of { $as_of } is after the last date in the data ({ $latest }): pairs and goals still open then are counted as open until as_of
warning-no-goals = no goals were created by as_of
warning-no-exits = no exits by as_of: rates are 0 and no test or model can be computed
warning-not-fitted = { $what }: { $error }
warning-not-computed = { $what }: { $error }
warning-analysis-unavailable = { $analysis }: { $error }
warning-suggest-near-chance = suggest: this history predicts which pairs end early hardly better than chance (concordance { $concordance } on the last year's pairs, where { $chance } is chance and { $needed } is needed); { $rule }
warning-suggest-too-few = suggest: { $closed ->
        [one] { $closed } closed pair is too few
       *[other] { $closed } closed pairs are too few
    } to learn from (at least { $needed }); { $rule }
warning-suggest-not-fitted = suggest: the matching model could not be fitted ({ $error }); { $rule }
warning-weights-truncated = propensity weighting: { $trimmed ->
        [one] { $trimmed } extreme weight truncated
       *[other] { $trimmed } extreme weights truncated
    } at the 1st and 99th percentiles
warning-imbalanced = propensity weighting: still imbalanced after weighting (standardised difference above { $limit }): { $covariates }; the weighted comparison is not adjusted for it
warning-risk-no-exit-model = risk: no exit model could be fitted, so mentee exit risk is not a signal
warning-risk-too-few = risk: learning needs at least { $needed } closed pairs with both outcomes (found { $closed } closed, { $early } ended early); the default weights are used
warning-risk-learning-failed = risk: learning failed ({ $error }); the default weights are used
warning-rows-left-out = Cox model: { $left_out ->
        [one] { $left_out } person without a value for every covariate ({ $covariates }) is left out
       *[other] { $left_out } people without a value for every covariate ({ $covariates }) are left out
    }
warning-immortal-time = immortal-time bias: the naive "ever mentored" hazard ratio ({ $naive }) differs from the time-varying one ({ $time_varying }); people had to go on { $survived } until their mentoring started, so the naive model credits mentoring with that time
warning-numbers-read = { $table }: the values of "{ $column }" are read as numbers ({ $kind ->
        [written] "{ $example }" as { $value }
        [marker] "{ $marker }" as no value
       *[both] "{ $example }" as { $value }, "{ $marker }" as no value
    })
warning-numbers-ambiguous = { $table }: the values of "{ $column }" look like numbers, but "{ $example }" could be { $point } or { $comma }, and nothing says which; the column is read as text (write its numbers without thousands separators to have them read as numbers)
warning-column-unused = { $table }: there is no { $column } column, but "{ $header }" looks like one and { $kept ->
        [attribute] it is read as an attribute
       *[unread] it is not read
    }; name it in the mapping's columns ({"{"} "{ $column }": "{ $header }" {"}"}) or rename the header
warning-odd-rows = { $table }: { $count ->
        [one] { $count } row
       *[other] { $count } rows
    } { $what ->
        [exit-type] with an exit_type but no exit_date (the exit_type is ignored)
        [pair-outside-employment] starting before the mentor or mentee was hired, or after one of them left
        [outside-pair] dated outside their pair's start and end dates
        [completed-without-date] with status "completed" but no completed_date, so without a time to completion
        [date-without-completed] with a completed_date but a status other than "completed" (the status is used)
       *[due-before-created] due before they were created
    } (first: row { $first })
warning-groups-suppressed = { $what ->
        [programs] { $hidden ->
            [one] { $hidden } program
           *[other] { $hidden } programs
        }
        [curves] { $hidden ->
            [one] { $hidden } mentoring-status curve
           *[other] { $hidden } mentoring-status curves
        }
        [weighting] { $hidden ->
            [one] { $hidden } propensity-weighting group
           *[other] { $hidden } propensity-weighting groups
        }
       *[groups] { $hidden ->
            [one] { $hidden } group
           *[other] { $hidden } groups
        }
    } with fewer than { $min } { $unit ->
        [pairs] pairs
       *[people] people
    } { $hidden ->
        [one] is
       *[other] are
    } suppressed (privacy), and no comparison involving { $hidden ->
        [one] it
       *[other] them
    } is reported

## Files that fed no table

unused-not-a-table-file = not a CSV, TSV, JSON or XLSX file
unused-file-name = its name is no table's ({ $tables }); name it in the mapping's tables.<table>.file
unused-sheet-name = its name is no table's; name it in the mapping's tables.<table>.sheet

## Errors a user can cause

problem-invalid-value = { $table } row { $row }, column "{ $column }": "{ $value }" is not { $expected }
problem-missing-value = { $table } row { $row }, column "{ $column }": a value is required but the cell is empty
problem-missing-column = { $table }: required column "{ $column }" is missing (found: { $found })
problem-missing-column-like = { $table }: required column "{ $column }" is missing (found: { $found }); "{ $header }" looks like it: name it in the mapping's columns ({"{"} "{ $column }": "{ $header }" {"}"}) or rename the header
problem-no-columns = no columns
problem-duplicate-id = { $table } row { $row }, column "{ $column }": "{ $value }" is a duplicate (first seen in row { $first_row })
problem-unknown-id = { $table } row { $row }, column "{ $column }": "{ $value }" does not exist in { $target }
problem-end-before-start = { $table } row { $row }, column "{ $column }": "{ $value }" is before { $start_column } "{ $start_value }"
problem-malformed = { $table }: { $detail }
problem-malformed-row = { $table } row { $row }: { $detail }
error-problems-header = { $count } problems in the input:
error-problems = { $count } problems in the input: { $problems }
error-usage = { $detail }
error-more-problems = … and { $more } more
error-missing-table = { $analysis } needs the { $table } table, which was not loaded{ $table ->
        [requests] {" "}(or mentees named: --mentees, JS { "{" } mentees { "}" })
       *[other] {""}
    }
error-insufficient-data = { $method } needs { $needed }, got { $got }
error-not-converged = { $method } did not converge: { $detail }
error-file = { $action ->
        [create] cannot create { $path }: { $detail }
        [write] cannot write { $path }: { $detail }
       *[read] cannot read { $path }: { $detail }
    }
error-sql = SQL: { $detail }

## The CLI's text report

text-report-title = Mentoring program report as of { $as_of } ({ $rows }; groups under { $min } are suppressed)
text-not-read = not read: { $file } ({ $why })
text-findings = What the numbers say
text-nothing-stands-out = nothing stands out
text-goals = Goals
text-engagement = Engagement (per { $period })
text-retention = Retention (exits: { $exits ->
    [voluntary] voluntary
   *[other] all
}, by { $by })
text-retention-everyone = Retention (exits: { $exits ->
    [voluntary] voluntary
   *[other] all
})
text-risk = At-risk pairs
text-progression = Progression (by { $by })
text-matching = Matching ({ $pairs ->
        [one] { $pairs } pair
       *[other] { $pairs } pairs
    }, { $early } ended early)
text-warnings = Warnings ({ $count })
text-suggest = Suggested mentors (model: { $model ->
    [cox] cox
   *[rule] rule
}; total score { $total } against { $greedy } first come, first served)
text-percent = { $value }%
text-days = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
text-not-reached = not reached
text-suppressed = suppressed
text-month = month
text-week = week
text-goals-line = { $goals ->
        [one] { $goals } goal
       *[other] { $goals } goals
    } in { $pairs ->
        [one] { $pairs } pair
       *[other] { $pairs } pairs
    }: completed { $completed } · on time { $on_time } · median time to complete { $median } (quartiles { $q25 }, { $q75 }) · { $overdue } overdue, { $stalled } stalled
text-goal-ids = (goal ids of overdue and stalled goals: --format json)
text-trend = { $slope }/month (p { $p })
text-pairs-active = { $pairs ->
        [one] { $pairs } pair
       *[other] { $pairs } pairs
    }, { $active } active
text-pairs-all-active = { $active ->
        [one] { $active } active pair
       *[other] { $active } active pairs
    }
text-pairs-more = (each pair's numbers: --format json)
text-counted-from-first-pair = counted from each person's first pair (Simon–Makuch; the groups after it are ever mentored or never: the naive comparison):
text-chi-square = chi-square { $statistic } (p { $p })
text-risk-ratio = risk ratio { $ratio } · Fisher p { $p }
text-logrank = log-rank { $statistic } (p { $p })
text-cox-title = { $title } ({ $subjects }, { $events ->
        [one] { $events } event
       *[other] { $events } events
    }):
text-cox-title-concordance = { $title } ({ $subjects }, { $events ->
        [one] { $events } event
       *[other] { $events } events
    }, concordance { $concordance }):
text-cox-mentoring = Cox model, mentoring { $exposure ->
    [ever] ever
    [landmark] landmark
   *[other] time-varying
}
text-cox-naive = naive Cox model (ever mentored)
text-cox-promotion = Cox model of promotion, mentoring { $exposure ->
    [ever] ever
    [landmark] landmark
   *[other] time-varying
}
text-cox-matching = Cox model of ending early on the pair's features at its start
text-correlates = strongest correlates of leaving:
text-drivers = who leaves ({ $tested ->
        [one] the one attribute tested
       *[other] the strongest of the { $tested } attributes tested, p adjusted
    }):
text-per-unit = hazard ratio { $ratio } { $unit ->
        [step] per step
        [year] per year
        [thousand] per 1,000
       *[sd] per SD ({ $sd })
    }
text-risk-levels = { $high } high, { $medium } medium, { $low } low (model: { $model ->
    [learned] learned logistic regression
   *[default] default weights (noisy-OR)
})
text-weights = { $used ->
        [learned] learned
       *[default] default
    } weights: { $reason }
text-level = { $level ->
        [high] high
        [medium] medium
       *[low] low
    }
text-rate-ratio = rate ratio { $ratio }
text-promoted-by = 25% / 50% / 75% promoted by: { $groups }
text-validation = validation: concordance { $concordance } on the last year's { $test } pairs (fitted on the { $train } before; { $chance } is chance)
text-matching-more = (early-end and goal-completion rates per feature level: --format json or --full)
text-unmatched = unmatched { $mentee }: { $why }
text-pair-sessions = pair { $pair }: sessions per { $period }
col-period = period
text-risk-eval = Replays of the at-risk detector (positives: pairs that ended early within the horizon)
text-risk-eval-generated = seed { $seed }, { $people ->
        [one] { $people } person
       *[other] { $people } people
    }
text-risk-eval-run = { $source }: { $dates } dates, { $samples } pair-days, { $positives } positives ({ $early } pairs ended early)
# The scorers a replay measures: the detector, and a rule flagging a pair after so many days.
risk-eval-detector = detector
risk-eval-baseline = { $days ->
        [one] { $days } day without a held session
       *[other] { $days } days without a held session
    }
col-method = method
col-auc = AUC
col-precision-at-k = precision at k
col-lead-days = median lead (days)
col-flagged-share = flagged
col-severity = severity
col-finding = finding
col-group = group
col-goals = goals
col-completed = completed
col-on-time = on time
col-program = program
col-pairs = pairs
col-active = active
col-held = held
col-cancelled = cancelled
col-no-show = no-show
col-adherence = adherence
col-trend = held per active pair, trend
col-mentored = mentored
col-people = people
col-exits = exits
col-exit-rate = exit rate
col-left-by = 25% / 50% / 75% had left by
col-term = term
col-hazard-ratio = hazard ratio (95% CI)
col-p = p
col-feature = feature
col-r = r
col-n = n
col-attribute = attribute
col-p-adjusted = p adjusted
col-pair = pair
col-score = score
col-level = level
col-reasons = reasons
col-person-years = person-years
col-promotions = promotions
col-per-100 = per 100 person-years (95% CI)
col-mentee = mentee
col-mentor = mentor
col-alternatives = alternatives

## What a cell should have been, and what is wrong with a file

expected-date = a date (expected YYYY-MM-DD)
expected-date-format = a date (expected { $format }, or YYYY-MM-DD)
expected-not-recoded = { $expected }, and the mapping's values.{ $column } does not recode it
expected-one-of = one of { $values }
expected-days = a whole number of days > 0
expected-minutes = a number of minutes ≥ 0
expected-percent = a number from 0 to 100
expected-rating = a rating from 1 to 5
expected-capacity = a whole number of mentees from 0 to 1000
expected-list = a list of at most 100 items separated by ";"
expected-other-person = a different person from mentor_id
expected-before-exit = on or before the person's exit_date { $exit }
origin-file = { $file }
origin-sheet = { $file }, sheet "{ $sheet }"
origin-unnamed = the file
detail-example = row { $row }: "{ $value }"
detail-dates-one-format = column "{ $column }": { $count ->
        [one] { $count } date looks like
       *[other] { $count } dates look like
    } { $format } ({ $examples }); set the mapping's date_format to "{ $format }"
detail-dates-two-formats = column "{ $column }": { $count ->
        [one] { $count } date looks like
       *[other] { $count } dates look like
    } { $format } or { $other } ({ $examples }); set the mapping's date_format to say which
detail-dates-no-format = column "{ $column }": { $count ->
        [one] { $count } value is not a date
       *[other] { $count } values are not dates
    } in YYYY-MM-DD or any one other format ({ $examples }, ...)
detail-spelt-otherwise = column "{ $column }": "{ $value }" in { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } (first: row { $first }) is not { $expected }; recode it in the mapping's values.{ $column }
detail-dangling = column "{ $column }": { $count } ids do not exist in { $target } ({ $examples }, ...); is this the column of { $target }'s ids, and are they spelt the same in both files?
detail-empty-csv = the file is empty (expected a header row)
detail-ragged = { $width ->
        [one] has { $width } field but
       *[other] has { $width } fields but
    } the header has { $header }{ $hint }
detail-other-delimiter = {" "}(the file is split on { $used ->
        [tab] tab
       *[other] { $used }
    }, but its lines look { $delimiter ->
        [tab] tab
       *[other] { $delimiter }
    }-separated: set the mapping's delimiter)
detail-no-such-path = no such file or folder
detail-permission-denied = permission denied
detail-system = { $error }
detail-not-utf8 = is not valid UTF-8 text (save the file as UTF-8)
detail-header-not-utf8 = header column { $column } is not valid UTF-8 text
detail-field-not-utf8 = field { $column } is not valid UTF-8 text (save the file as UTF-8)
detail-empty-json = the file is empty (expected a JSON array of objects)
detail-not-json = is not valid JSON ({ $error })
detail-not-utf8-at = is not valid UTF-8 text at byte { $byte } (save the file as UTF-8)
detail-not-array = expected an array of objects, one per row
detail-not-object = is not an object
detail-nested = field "{ $field }" holds a nested array or object (expected text, a number or null)
detail-not-spreadsheet = is not a readable spreadsheet ({ $error })
detail-sheet-unreadable = sheet "{ $sheet }" cannot be read ({ $error })
detail-first-sheet-unreadable = first sheet cannot be read ({ $error })
detail-no-sheets = the workbook has no sheets
detail-header-unnamed = header column { $column } has no name
detail-header-twice = column "{ $header }" appears twice (header columns { $first } and { $second })
detail-one-column = the header is one column, "{ $header }": the file looks { $delimiter ->
        [tab] tab
       *[other] { $delimiter }
    }-separated, not comma-separated (set the mapping's delimiter)
detail-undescribed = column "{ $column }" is read as a kind its descriptor does not give (a bug)
detail-mapped-header-missing = the mapping's columns.{ $column } names the header "{ $header }", which { $origin } does not have (its headers: { $headers })
detail-mapping-too-big = is { $size } MB; a mapping is a few KB (at most 1 MB)
detail-mapping-invalid = is not a valid mapping ({ $error })
detail-mapping-unknown-table = unknown table "{ $table }" in tables (expected one of: { $tables })
detail-mapping-date-format = { $at } "{ $format }" is not a date format (write it with YYYY, MM or M, DD or D and separators, e.g. M/D/YYYY or DD.MM.YYYY)
detail-mapping-delimiter = { $at } "{ $delimiter }" is not a delimiter (expected ",", ";", "\t" or "|")
detail-mapping-unknown-column = { $at } names "{ $key }", which is not a column of { $table } (its columns: { $columns })
detail-mapping-empty-header = { $at } maps { $column } to an empty header
detail-mapping-header-twice = { $at } maps both { $first } and { $column } to the header "{ $header }" (one header feeds one column)
detail-mapping-recode = { $at } recodes "{ $from }" to "{ $to }", which is not one of { $values } (or "" for empty)
detail-file-not-given = tables.{ $table }.file names "{ $file }", which was not given (files: { $files })
detail-sheet-not-given = tables.{ $table }.sheet names "{ $sheet }", which no workbook given has
detail-two-candidates = both { $first } and { $second } could be the { $table } table; name one in tables.{ $table }.file
detail-one-place-two-tables = { $place } is given for both { $first } and { $table } (one file or sheet feeds one table)
detail-none-given = none
detail-no-people = no file is the people table (given: { $given }); name it people.csv (or .tsv, .json, .xlsx), or set the mapping's tables.people.file
detail-not-a-workbook = tables.{ $table }.sheet names "{ $sheet }", but { $file } is not a workbook
detail-no-such-sheet = tables.{ $table }.sheet names "{ $sheet }", which { $file } does not have (its sheets: { $sheets })
detail-several-sheets = tables.{ $table }.file is a workbook of several sheets ({ $sheets }); name one in tables.{ $table }.sheet

## Charts and the page a report is handed on as

chart-goals-open = Goals still open, by days since they were set (Kaplan–Meier)
chart-still-open = still open
chart-held = Held sessions per program
chart-retention-honest = Still employed, by days since hire, counting each person as mentored from their first pair (Simon–Makuch)
chart-retention-groups = Still employed, by days since hire, by { $by } (Kaplan–Meier)
chart-retention-everyone = Still employed, by days since hire (Kaplan–Meier)
chart-risk = Risk score of the highest-scoring active pairs
chart-promotion-hr = Hazard ratio of promotion (95% CI; above 1: promoted sooner)
chart-matching-hr = Hazard ratio of ending early by pair feature (95% CI; below 1: pairs last)
html-generated = Computed by mentor-insights { $version } where the data is; nothing in this page was sent anywhere.
html-severity = { $severity ->
        [warning] act
        [notice] note
       *[info] context
    }
html-footer = mentor-insights { $version } · groups below the minimum group size are suppressed · every number above comes with the method below
html-methods = How the numbers were found
html-method-privacy = Privacy: a group smaller than the minimum group size is not shown, nor is the next smallest when it would reveal it; no comparison involving a hidden group is reported.
html-method-goals = Goals: completion and on-time rates with Wilson 95% intervals; time to completion by Kaplan–Meier, with open goals counted only for the time they have had.
html-method-engagement = Engagement: held, cancelled and missed sessions per pair and program; trends of held sessions per active pair by Theil–Sen slopes and Mann–Kendall tests.
html-method-retention = Retention: exit rates with Wilson intervals, Kaplan–Meier curves and log-rank tests by group; a Cox model (Efron ties) in which a person counts as mentored from their first pair (time-varying), beside the naive "ever mentored" model; Simon–Makuch curves; drivers ranked with Benjamini–Hochberg adjusted p-values. All are associations, not proof of cause.
html-method-risk = Pairs at risk: each signal is scored by how far it is past its threshold; the score combines the signals with default or learned weights (all ≥ 0, so every reason raises the score).
html-method-progression = Progression: promotions per 100 person-years with exact intervals, person-time split at the first pair; the rate ratio; a time-varying Cox model of the first promotion.
html-method-matching = Matching: a Cox model of ending early on the pair's features at its start, validated on the last year's pairs (concordance; 0.5 is chance).
html-method-findings = Findings: a difference is stated only when its 95% interval excludes no effect; where a rule tests many groups or attributes, its p-values are adjusted together (Benjamini–Hochberg).
