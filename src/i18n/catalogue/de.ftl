# mentor-insights — Deutsch. Jeder Satz, den der Kern schreibt (SPEC §4.8 „Language“).
# Platzhalter ({ $name }) sind die Zahlen und Namen des Satzes; Zahlen formatiert der Code.

## Phrases used inside other sentences

p-below = p < { $p_below }
p-value = p = { $p_value }
list-separator = ,{" "}
clause-separator = ;{" "}
nothing-else = nichts weiter
mentored-people = mentorierten
other-people = anderen
survived-employed = im Unternehmen bleiben
survived-unpromoted = ohne Beförderung bleiben
suggest-rule = die Regel „Stufenabstand 1–2“ bewertet die Kandidaten
table-rows = { $table ->
    [people] { $count ->
        [one] { $count } Person
       *[other] { $count } Personen
    }
    [pairs] { $count ->
        [one] { $count } Paar
       *[other] { $count } Paare
    }
    [sessions] { $count ->
        [one] { $count } Sitzung
       *[other] { $count } Sitzungen
    }
    [goals] { $count ->
        [one] { $count } Ziel
       *[other] { $count } Ziele
    }
    [feedback] { $count ->
        [one] { $count } Bewertung
       *[other] { $count } Bewertungen
    }
    [promotions] { $count ->
        [one] { $count } Beförderung
       *[other] { $count } Beförderungen
    }
    [requests] { $count ->
        [one] { $count } Anfrage
       *[other] { $count } Anfragen
    }
   *[other] { $count } { $table }
}
group-mentored = mentorierte
grouping-mentored = Mentoring
group-others = andere
group-everyone = alle

signal-recency = keine Sitzung in letzter Zeit
signal-no_first_session = noch keine erste Sitzung
signal-falling_trend = Monat für Monat weniger Sitzungen
signal-cancellations = abgesagte oder versäumte Sitzungen
signal-attendance_drop = mehr versäumte Sitzungen als zuvor
signal-initiative_drop = der Mentee vereinbart weniger Treffen
signal-overdue_goals = überfällige Ziele
signal-stalled_goals = stockende Ziele
signal-low_rating = niedrige Bewertungen
signal-falling_rating = sinkende Bewertungen
signal-one_sided = eine Seite vereinbart jedes Treffen
signal-mentee_exit_risk = das Austrittsrisiko des Mentees
reason-count = { $reason } ({ $pairs ->
        [one] { $pairs } Paar
       *[other] { $pairs } Paare
    })

model-cox = Cox-Modell
model-naive-cox = naives Cox-Modell
model-weighted-cox = gewichtetes Cox-Modell
model-landmark-cox = Landmark-Cox-Modell
model-propensity = Propensity-Modell
model-matching = Matching-Modell
test-group-comparison = Gruppenvergleich
test-logrank = Log-Rank-Test
test-rate-ratio = Ratenverhältnis

## Findings

finding-goals-completion = { $completed_pct } % von { $goals ->
        [one] { $goals } Ziel wurde
       *[other] { $goals } Zielen wurden
    } erreicht ({ $level } %-KI { $ci_low_pct }–{ $ci_high_pct } %){ $extent ->
        [open] ; { $open ->
            [one] { $open } ist
           *[other] { $open } sind
        } noch offen, und wenn jedes Ziel nur für die Zeit zählt, die es hatte, werden { $within_pct } % ({ $within_low_pct }–{ $within_high_pct } %) innerhalb von { $window_days } Tagen nach dem Setzen erreicht.
        [young] ; { $open ->
            [one] { $open } ist
           *[other] { $open } sind
        } noch offen, und wenn jedes Ziel nur für die Zeit zählt, die es hatte, werden { $within_pct } % ({ $within_low_pct }–{ $within_high_pct } %) innerhalb von { $window_days } Tagen nach dem Setzen erreicht – die meisten Ziele sind noch jung, der bisher erreichte Anteil unterschätzt es also.
       *[none] .
    }
finding-goals-open-items = In aktiven Paaren { $overdue ->
        [one] ist { $overdue } offenes Ziel überfällig
       *[other] sind { $overdue } offene Ziele überfällig
    }, und { $stalled ->
        [one] { $stalled } wurde
       *[other] { $stalled } wurden
    } seit mehr als { $stalled_days } Tagen nicht aktualisiert.
finding-goals-program = Die Zielerreichung in { $program } ({ $completed_pct } %, { $level } %-KI { $ci_low_pct }–{ $ci_high_pct } %) ist { $direction ->
        [lower] niedriger
       *[higher] höher
    } als in den anderen Programmen ({ $rest_pct } %, { $rest_ci_low_pct }–{ $rest_ci_high_pct } %).
finding-engagement-not-meeting = { $pairs } von { $active_pairs } aktiven Paaren { $pairs ->
        [one] hat
       *[other] haben
    } sich seit mehr als dem Doppelten ihres vereinbarten Rhythmus nicht getroffen.
finding-engagement-trend = Die gehaltenen Sitzungen je aktivem Paar in { $program } { $direction ->
        [falling] sinken
       *[rising] steigen
    } um { $sessions_per_month } pro Monat über { $months } Monate (Mann-Kendall { $p }, angepasst für die verglichenen Programme).
finding-retention-mentoring = { $found ->
        [yes] Mentorierte Personen gehen mit dem { $hazard_ratio }-Fachen der Rate anderer ({ $level } %-KI { $ci_low }–{ $ci_high })
       *[no] Zwischen mentorierten Personen und anderen wurde kein Unterschied beim Weggang gefunden (Hazard Ratio { $hazard_ratio }, { $level } %-KI { $ci_low }–{ $ci_high })
    }{ $time_varying ->
        [yes] , wobei jede Person ab ihrem ersten Paar als mentoriert zählt
       *[no] {""}
    }{ $naive_reading ->
        [overstates] ; der naive Vergleich „je mentoriert“ ({ $naive_hazard_ratio }) überschätzt das, weil er dem Mentoring die Zeit vor dem ersten Paar einer Person zuschreibt
        [understates] ; der naive Vergleich „je mentoriert“ ({ $naive_hazard_ratio }) unterschätzt das, weil er dem Mentoring die Zeit vor dem ersten Paar einer Person zuschreibt
       *[none] {""}
    }. Das beruht auf { $people } Personen und { $exits ->
        [one] { $exits } Austritt
       *[other] { $exits } Austritten
    }, ist bereinigt um { $adjusted_for } und ist ein Zusammenhang, kein Beweis, dass Mentoring es bewirkt.
finding-retention-driver = { $unit ->
        [text] Personen mit { $attribute } { $level } gingen zu { $share } % ({ $share_low }–{ $share_high } %), gegenüber { $other_share } % ({ $other_share_low }–{ $other_share_high } %) mit { $other_level }
        [step] Jede Stufe mehr bei { $attribute } geht mit dem { $hazard_ratio }-Fachen der Austrittsrate einher ({ $level } %-KI { $ci_low }–{ $ci_high })
        [year] Jedes Jahr mehr bei { $attribute } geht mit dem { $hazard_ratio }-Fachen der Austrittsrate einher ({ $level } %-KI { $ci_low }–{ $ci_high })
        [thousand] Je 1.000 mehr bei { $attribute } geht mit dem { $hazard_ratio }-Fachen der Austrittsrate einher ({ $level } %-KI { $ci_low }–{ $ci_high })
       *[sd] Jede Standardabweichung ({ $unit_size }) mehr bei { $attribute } geht mit dem { $hazard_ratio }-Fachen der Austrittsrate einher ({ $level } %-KI { $ci_low }–{ $ci_high })
    }; { $n } Personen, { $exits ->
        [one] { $exits } Austritt
       *[other] { $exits } Austritte
    }; ein Zusammenhang, nicht um andere Merkmale bereinigt ({ $p } { $tested ->
        [one] für das eine geprüfte Merkmal
       *[other] über die { $tested } geprüften Merkmale
    }).
finding-retention-logrank = Die Zeit bis zum Weggang unterscheidet sich zwischen den { $groups } Gruppen von { $by } (Log-Rank χ² { $statistic }, { $p }).
finding-retention-correlate = Von den gemessenen Merkmalen und Mentoring-Eigenschaften hängt { $feature } am stärksten mit dem Weggang zusammen: höhere Werte gehen mit { $direction ->
        [more] mehr
       *[fewer] weniger
    } Austritten einher (r = { $r }, n = { $n }, { $p }).
finding-risk-levels = { $high } von { $active_pairs } aktiven Paaren { $high ->
        [one] hat
       *[other] haben
    } ein hohes Risiko, vorzeitig zu enden, und { $medium } ein mittleres.
finding-risk-reasons = { $flagged_pairs ->
        [one] Die Gründe für das eine Paar mit hohem oder mittlerem Risiko: { $reasons }.
       *[other] Die häufigsten Gründe bei den { $flagged_pairs } Paaren mit hohem oder mittlerem Risiko: { $reasons }.
    }
finding-progression-mentoring = { $found ->
        [yes] Ab ihrem ersten Paar gezählt, werden mentorierte Personen mit dem { $hazard_ratio }-Fachen der Rate anderer befördert (Cox-Modell, { $level } %-KI { $ci_low }–{ $ci_high }).
       *[no] Bei der Beförderungsrate wurde für mentorierte Personen, ab ihrem ersten Paar gezählt, kein Unterschied gefunden (Hazard Ratio { $hazard_ratio }, Cox-Modell, { $level } %-KI { $ci_low }–{ $ci_high }).
    }
finding-progression-rate-ratio = { $found ->
        [yes] Beförderungen kommen bei { $first } Personen { $rate_ratio }-mal so oft vor wie bei { $second }
       *[no] Bei den Beförderungsraten wurde kein Unterschied zwischen { $first } Personen und { $second } gefunden
    } ({ $first_rate } gegenüber { $second_rate } je { $person_years } Personenjahre{ $found ->
        [yes] {""}
       *[no] , Ratenverhältnis { $rate_ratio }
    }; { $level } %-KI { $ci_low }–{ $ci_high }).
finding-matching-feature = { $kind ->
        [same_department] Paare, deren Mentor in der Abteilung des Mentees arbeitet, enden mit dem { $hazard_ratio }-Fachen der Rate anderer vorzeitig
        [same_location] Paare, deren Mentor am Standort des Mentees arbeitet, enden mit dem { $hazard_ratio }-Fachen der Rate anderer vorzeitig
        [level_gap_against] Paare mit einem Stufenabstand von { $band } (gegenüber einem Abstand von { $reference }) enden mit dem { $hazard_ratio }-Fachen der Rate vorzeitig
        [tenure_gap_years] Jedes Jahr mehr, das der Mentor beschäftigt ist, multipliziert die Rate des vorzeitigen Endes mit { $hazard_ratio }
        [mentor_load] Jedes weitere Paar, das der Mentor schon hat, multipliziert die Rate des vorzeitigen Endes mit { $hazard_ratio }
        [mentor_experience] Jedes frühere Paar des Mentors multipliziert die Rate des vorzeitigen Endes mit { $hazard_ratio }
        [shared_interests] Volle Überschneidung der Interessen des Mentees mit den Fähigkeiten des Mentors (gegenüber keiner) multipliziert die Rate des vorzeitigen Endes mit { $hazard_ratio }
       *[other] { $term } multipliziert die Rate des vorzeitigen Endes mit { $hazard_ratio }
    } ({ $level } %-KI { $ci_low }–{ $ci_high }).
finding-matching-validation = Auf früheren Paaren angepasst, ordnet das Matching-Modell ein, welche der { $test_pairs } Paare des letzten Jahres vorzeitig enden, mit einer Konkordanz von { $concordance } ({ $chance } ist Zufall){ $trusted ->
        [yes] .
       *[no] : zu nah am Zufall, um ihm zu trauen; vorgeschlagene Mentoren werden daher nach der einfachen Regel bewertet (ein Mentor eine oder zwei Stufen höher), und die Paarmerkmale oben sind Hinweise, kein Modell.
    }

## Suggested mentors: each term of a suggestion, and why a mentee has none

term-text = { $term ->
        [same_department] { $yes ->
            [yes] gleiche Abteilung
           *[no] verschiedene Abteilungen
        }
        [same_location] { $yes ->
            [yes] gleicher Standort
           *[no] verschiedene Standorte
        }
        [tenure_gap_years] der Mentor ist { $years } Jahre länger beschäftigt
        [mentor_load] der Mentor hat derzeit { $value ->
            [one] { $value } weiteres Paar
           *[other] { $value } weitere Paare
        }
        [mentor_experience] der Mentor hat schon { $value ->
            [one] { $value } Paar
           *[other] { $value } Paare
        } begleitet
        [shared_interests] die Interessen des Mentees und die Fähigkeiten des Mentors überschneiden sich zu { $share } %
        [level_gap] { $yes ->
            [yes] { $gap ->
                [none] der Mentor steht nicht über dem Mentee
                [one] der Mentor steht 1 Stufe höher
                [three] der Mentor steht 3 oder mehr Stufen höher
               *[other] der Mentor steht { $band } Stufen höher
            }
           *[no] kein Stufenabstand von { $band }
        }
       *[other] { $term }
    }
unmatched-not-employed = zum Stichtag as_of nicht beschäftigt
unmatched-no-mentor = kein beschäftigter Mentor mit freiem Platz erfüllt die Bedingungen
unmatched-slots-taken = die freien Plätze aller passenden Mentoren gingen an andere Mentees, für einen höheren Gesamtwert

## Reasons a pair is at risk

reason-recency = seit { $since } Tagen keine gehaltene Sitzung (Rhythmus { $cadence })
reason-recency-never = in den { $since } Tagen seit dem Start keine gehaltene Sitzung (Rhythmus { $cadence })
reason-no-first-session = in den { $age } Tagen seit dem Start keine Sitzung gehalten (erwartet innerhalb von { $limit })
reason-falling-trend = gehaltene Sitzungen sinken um { $slope } pro Monat über die letzten { $months } Monate
reason-cancellations = { $missed } von { $sessions } Sitzungen der letzten { $days } Tage abgesagt oder versäumt
reason-attendance-drop = { $now } % der Sitzungen der letzten { $days } Tage gehalten, gegenüber { $before } % zuvor
reason-initiative-drop = der Mentee hat { $now } % der letzten Sitzungen angestoßen, gegenüber { $before } % zuvor
reason-overdue-goals = { $overdue ->
        [one] { $overdue } Ziel überfällig
       *[other] { $overdue } Ziele überfällig
    }
reason-stalled-goals = { $stalled ->
        [one] { $stalled } offenes Ziel
       *[other] { $stalled } offene Ziele
    } seit mehr als { $limit } Tagen ohne Aktualisierung
reason-low-rating = { $side ->
        [mentor] der Mentor
       *[mentee] der Mentee
    } bewertete das Paar in den letzten { $days } Tagen mit { $rating } von 5
reason-falling-rating = Bewertungen fielen von { $before } auf { $now }
reason-one-sided = { $side ->
        [mentor] der Mentor
       *[mentee] der Mentee
    } hat { $share } % der letzten { $sessions } Sitzungen angestoßen
reason-mentee-exit-risk = das Austrittsrisiko des Mentees ist { $relative }-mal so hoch wie der Durchschnitt

## Which risk weights were used, and why

auc-none = keine
weights-default = die dokumentierten Standardgewichte
weights-learn-off = learn ist false: die dokumentierten Standardgewichte
weights-learned = aus { $closed } abgeschlossenen Paaren gelernt
weights-config = die in config gesetzten Gewichte werden so verwendet
weights-no-replay = zu wenige Paare waren ein Jahr vor as_of abgeschlossen, um gelernte Gewichte am Jahr danach zu prüfen (mindestens { $needed } mit beiden Ausgängen), daher gelten die Standardgewichte
weights-replay-learned = im Rückblick auf das letzte Jahr ordneten die aus den vorher abgeschlossenen Paaren gelernten Gewichte die vorzeitig beendeten Paare besser ein (AUC { $learned }) als die Standardgewichte ({ $default })
weights-replay-default = im Rückblick auf das letzte Jahr ordneten die gelernten Gewichte (AUC { $learned }) die vorzeitig beendeten Paare nicht besser ein als die Standardgewichte ({ $default }), daher gelten die Standardgewichte

## Warnings

warning-locale-unsupported = Sprache „{ $locale }“ wird nicht unterstützt, die Sätze sind daher auf Englisch (unterstützt: { $supported })
warning-after-as-of-rows = Zeilen mit Datum nach as_of { $as_of } weggelassen ({ $counts })
warning-after-as-of-dates = { $cleared ->
        [one] { $cleared } Austritts-, End- oder Abschlussdatum
       *[other] { $cleared } Austritts-, End- oder Abschlussdaten
    } nach as_of { $as_of } als noch nicht eingetreten behandelt
warning-after-as-of-both = Zeilen mit Datum nach as_of { $as_of } weggelassen ({ $counts }); { $cleared ->
        [one] { $cleared } Austritts-, End- oder Abschlussdatum
       *[other] { $cleared } Austritts-, End- oder Abschlussdaten
    } danach als noch nicht eingetreten behandelt
warning-as-of-after-data = as_of { $as_of } liegt nach dem letzten Datum der Daten ({ $latest }): Paare und Ziele, die dann noch offen waren, zählen bis as_of als offen
warning-no-goals = bis as_of wurden keine Ziele angelegt
warning-no-exits = keine Austritte bis as_of: die Raten sind 0, und kein Test und kein Modell lässt sich berechnen
warning-not-fitted = { $what }: { $error }
warning-not-computed = { $what }: { $error }
warning-analysis-unavailable = { $analysis }: { $error }
warning-suggest-near-chance = suggest: diese Historie sagt kaum besser als der Zufall voraus, welche Paare vorzeitig enden (Konkordanz { $concordance } auf den Paaren des letzten Jahres, wobei { $chance } Zufall ist und { $needed } nötig ist); { $rule }
warning-suggest-too-few = suggest: { $closed ->
        [one] { $closed } abgeschlossenes Paar ist zu wenig
       *[other] { $closed } abgeschlossene Paare sind zu wenige
    }, um daraus zu lernen (mindestens { $needed }); { $rule }
warning-suggest-not-fitted = suggest: das Matching-Modell ließ sich nicht anpassen ({ $error }); { $rule }
warning-weights-truncated = Propensity-Gewichtung: { $trimmed ->
        [one] { $trimmed } extremes Gewicht
       *[other] { $trimmed } extreme Gewichte
    } am 1. und 99. Perzentil gekappt
warning-imbalanced = Propensity-Gewichtung: nach der Gewichtung noch unausgewogen (standardisierte Differenz über { $limit }): { $covariates }; der gewichtete Vergleich ist darum nicht bereinigt
warning-risk-no-exit-model = risk: kein Austrittsmodell ließ sich anpassen, das Austrittsrisiko des Mentees ist daher kein Signal
warning-risk-too-few = risk: zum Lernen braucht es mindestens { $needed } abgeschlossene Paare mit beiden Ausgängen ({ $closed } abgeschlossen, { $early } vorzeitig beendet); die Standardgewichte werden verwendet
warning-risk-learning-failed = risk: das Lernen ist fehlgeschlagen ({ $error }); die Standardgewichte werden verwendet
warning-rows-left-out = Cox-Modell: { $left_out ->
        [one] { $left_out } Person ohne Wert für jede Kovariate ({ $covariates }) wird weggelassen
       *[other] { $left_out } Personen ohne Wert für jede Kovariate ({ $covariates }) werden weggelassen
    }
warning-immortal-time = Immortal-Time-Bias: die naive Hazard Ratio „je mentoriert“ ({ $naive }) weicht von der zeitabhängigen ({ $time_varying }) ab; Personen mussten bis zum Beginn ihres Mentorings { $survived }, das naive Modell schreibt diese Zeit also dem Mentoring zu
warning-numbers-read = { $table }: die Werte von „{ $column }“ werden als Zahlen gelesen ({ $kind ->
        [written] „{ $example }“ als { $value }
        [marker] „{ $marker }“ als kein Wert
       *[both] „{ $example }“ als { $value }, „{ $marker }“ als kein Wert
    })
warning-numbers-ambiguous = { $table }: die Werte von „{ $column }“ sehen wie Zahlen aus, aber „{ $example }“ kann { $point } oder { $comma } sein, und nichts sagt, was davon; die Spalte wird als Text gelesen (schreiben Sie ihre Zahlen ohne Tausendertrennzeichen, damit sie als Zahlen gelesen werden)
warning-column-unused = { $table }: es gibt keine Spalte { $column }, aber „{ $header }“ sieht danach aus, und { $kept ->
        [attribute] sie wird als Merkmal gelesen
       *[unread] sie wird nicht gelesen
    }; benennen Sie sie in den columns des Mappings ({"{"} "{ $column }": "{ $header }" {"}"}) oder benennen Sie die Spalte um
warning-odd-rows = { $table }: { $count ->
        [one] { $count } Zeile
       *[other] { $count } Zeilen
    } { $what ->
        [exit-type] mit exit_type, aber ohne exit_date (der exit_type wird ignoriert)
        [pair-outside-employment] beginnen, bevor Mentor oder Mentee eingestellt wurde oder nachdem eine Seite gegangen ist
        [outside-pair] liegen außerhalb von Start und Ende ihres Paares
        [completed-without-date] mit Status „completed“, aber ohne completed_date, also ohne Zeit bis zum Abschluss
        [date-without-completed] mit completed_date, aber einem anderen Status als „completed“ (der Status gilt)
       *[due-before-created] sind fällig, bevor sie angelegt wurden
    } (erste: Zeile { $first })
warning-groups-suppressed = { $what ->
        [programs] { $hidden ->
            [one] { $hidden } Programm
           *[other] { $hidden } Programme
        }
        [curves] { $hidden ->
            [one] { $hidden } Mentoring-Status-Kurve
           *[other] { $hidden } Mentoring-Status-Kurven
        }
        [weighting] { $hidden ->
            [one] { $hidden } Gruppe der Propensity-Gewichtung
           *[other] { $hidden } Gruppen der Propensity-Gewichtung
        }
       *[groups] { $hidden ->
            [one] { $hidden } Gruppe
           *[other] { $hidden } Gruppen
        }
    } mit weniger als { $min } { $unit ->
        [pairs] Paaren
       *[people] Personen
    } { $hidden ->
        [one] wird
       *[other] werden
    } unterdrückt (Datenschutz), und kein Vergleich damit wird berichtet

## Files that fed no table

unused-not-a-table-file = keine CSV-, TSV-, JSON- oder XLSX-Datei
unused-file-name = ihr Name ist keiner Tabelle ({ $tables }); nennen Sie sie in tables.<table>.file des Mappings
unused-sheet-name = sein Name ist keiner Tabelle; nennen Sie es in tables.<table>.sheet des Mappings

## Errors a user can cause

problem-invalid-value = { $table } Zeile { $row }, Spalte „{ $column }“: „{ $value }“ ist nicht zulässig, erwartet wird { $expected }
problem-missing-value = { $table } Zeile { $row }, Spalte „{ $column }“: ein Wert ist nötig, aber die Zelle ist leer
problem-missing-column = { $table }: die nötige Spalte „{ $column }“ fehlt (gefunden: { $found })
problem-missing-column-like = { $table }: die nötige Spalte „{ $column }“ fehlt (gefunden: { $found }); „{ $header }“ sieht danach aus: benennen Sie sie in den columns des Mappings ({"{"} "{ $column }": "{ $header }" {"}"}) oder benennen Sie die Spalte um
problem-no-columns = keine Spalten
problem-duplicate-id = { $table } Zeile { $row }, Spalte „{ $column }“: „{ $value }“ ist doppelt (zuerst in Zeile { $first_row })
problem-unknown-id = { $table } Zeile { $row }, Spalte „{ $column }“: „{ $value }“ gibt es in { $target } nicht
problem-end-before-start = { $table } Zeile { $row }, Spalte „{ $column }“: „{ $value }“ liegt vor { $start_column } „{ $start_value }“
problem-malformed = { $table }: { $detail }
problem-malformed-row = { $table } Zeile { $row }: { $detail }
error-problems-header = { $count } Probleme in den Eingabedaten:
error-problems = { $count } Probleme in den Eingabedaten: { $problems }
error-usage = { $detail }
error-more-problems = … und { $more } weitere
error-missing-table = { $analysis } braucht die Tabelle { $table }, die nicht geladen wurde{ $table ->
        [requests] {" "}(oder benannte Mentees: --mentees, JS { "{" } mentees { "}" })
       *[other] {""}
    }
error-insufficient-data = { $method } braucht { $needed }, erhalten: { $got }
error-not-converged = { $method } ist nicht konvergiert: { $detail }
error-file = { $action ->
        [create] { $path } kann nicht angelegt werden: { $detail }
        [write] { $path } kann nicht geschrieben werden: { $detail }
       *[read] { $path } kann nicht gelesen werden: { $detail }
    }
error-sql = SQL: { $detail }

## The CLI's text report

text-report-title = Bericht zum Mentoring-Programm, Stand { $as_of } ({ $rows }; Gruppen unter { $min } werden unterdrückt)
text-not-read = nicht gelesen: { $file } ({ $why })
text-findings = Was die Zahlen sagen
text-nothing-stands-out = nichts fällt auf
text-goals = Ziele
text-engagement = Engagement (je { $period })
text-retention = Bindung (Austritte: { $exits ->
    [voluntary] freiwillige
   *[other] alle
}, nach { $by })
text-retention-everyone = Bindung (Austritte: { $exits ->
    [voluntary] freiwillige
   *[other] alle
})
text-risk = Gefährdete Paare
text-progression = Laufbahn (nach { $by })
text-matching = Matching ({ $pairs ->
        [one] { $pairs } Paar
       *[other] { $pairs } Paare
    }, { $early } vorzeitig beendet)
text-warnings = Warnungen ({ $count })
text-suggest = Vorgeschlagene Mentoren (Modell: { $model ->
    [cox] Cox
   *[rule] Regel
}; Gesamtwert { $total } gegenüber { $greedy } nach Reihenfolge)
text-percent = { $value } %
text-days = { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }
text-not-reached = nicht erreicht
text-suppressed = unterdrückt
text-month = Monat
text-week = Woche
text-goals-line = { $goals ->
        [one] { $goals } Ziel
       *[other] { $goals } Ziele
    } in { $pairs ->
        [one] { $pairs } Paar
       *[other] { $pairs } Paaren
    }: erreicht { $completed } · pünktlich { $on_time } · Median der Zeit bis zum Abschluss { $median } (Quartile { $q25 }, { $q75 }) · { $overdue } überfällig, { $stalled } stockend
text-goal-ids = (IDs der überfälligen und stockenden Ziele: --format json)
text-trend = { $slope }/Monat (p { $p })
text-pairs-active = { $pairs ->
        [one] { $pairs } Paar
       *[other] { $pairs } Paare
    }, { $active } aktiv
text-pairs-all-active = { $active ->
        [one] { $active } aktives Paar
       *[other] { $active } aktive Paare
    }
text-pairs-more = (die Zahlen jedes Paares: --format json)
text-counted-from-first-pair = ab dem ersten Paar jeder Person gezählt (Simon-Makuch; die Gruppen danach sind je mentoriert oder nie: der naive Vergleich):
text-chi-square = Chi-Quadrat { $statistic } (p { $p })
text-risk-ratio = relatives Risiko { $ratio } · Fisher p { $p }
text-logrank = Log-Rank { $statistic } (p { $p })
text-cox-title = { $title } ({ $subjects }, { $events ->
        [one] { $events } Ereignis
       *[other] { $events } Ereignisse
    }):
text-cox-title-concordance = { $title } ({ $subjects }, { $events ->
        [one] { $events } Ereignis
       *[other] { $events } Ereignisse
    }, Konkordanz { $concordance }):
text-cox-mentoring = Cox-Modell, Mentoring { $exposure ->
    [ever] je mentoriert (naiv)
    [landmark] ab Stichtag
   *[other] zeitabhängig
}
text-cox-naive = naives Cox-Modell (je mentoriert)
text-cox-promotion = Cox-Modell der Beförderung, Mentoring { $exposure ->
    [ever] je mentoriert (naiv)
    [landmark] ab Stichtag
   *[other] zeitabhängig
}
text-cox-matching = Cox-Modell des vorzeitigen Endes nach den Merkmalen des Paares bei seinem Start
text-correlates = stärkste Zusammenhänge mit dem Weggang:
text-drivers = wer geht ({ $tested ->
        [one] das eine geprüfte Merkmal
       *[other] die stärksten der { $tested } geprüften Merkmale, p angepasst
    }):
text-per-unit = Hazard Ratio { $ratio } { $unit ->
        [step] je Stufe
        [year] je Jahr
        [thousand] je 1.000
       *[sd] je SD ({ $sd })
    }
text-risk-levels = { $high } hoch, { $medium } mittel, { $low } niedrig (Modell: { $model ->
    [learned] gelernte logistische Regression
   *[default] Standardgewichte (Noisy-OR)
})
text-weights = { $used ->
        [learned] gelernte
       *[default] Standard-
    } Gewichte: { $reason }
text-level = { $level ->
        [high] hoch
        [medium] mittel
       *[low] niedrig
    }
text-rate-ratio = Ratenverhältnis { $ratio }
text-promoted-by = 25 % / 50 % / 75 % befördert nach: { $groups }
text-validation = Validierung: Konkordanz { $concordance } auf den { $test } Paaren des letzten Jahres (angepasst auf den { $train } davor; { $chance } ist Zufall)
text-matching-more = (Raten des vorzeitigen Endes und der Zielerreichung je Merkmalsstufe: --format json oder --full)
text-unmatched = nicht zugeordnet { $mentee }: { $why }
text-pair-sessions = Paar { $pair }: Sitzungen je { $period }
col-period = Zeitraum
text-risk-eval = Rückblicke des Risikodetektors (Positive: Paare, die innerhalb des Horizonts vorzeitig endeten)
text-risk-eval-generated = Seed { $seed }, { $people ->
        [one] { $people } Person
       *[other] { $people } Personen
    }
text-risk-eval-run = { $source }: { $dates } Stichtage, { $samples } Paar-Tage, { $positives } Positive ({ $early } Paare vorzeitig beendet)
# The scorers a replay measures: the detector, and a rule flagging a pair after so many days.
risk-eval-detector = Detektor
risk-eval-baseline = { $days ->
        [one] { $days } Tag ohne gehaltene Sitzung
       *[other] { $days } Tage ohne gehaltene Sitzung
    }
col-method = Verfahren
col-auc = AUC
col-precision-at-k = Präzision bei k
col-lead-days = Vorlauf, Median (Tage)
col-flagged-share = markiert
col-severity = Gewicht
col-finding = Erkenntnis
col-group = Gruppe
col-goals = Ziele
col-completed = erreicht
col-on-time = pünktlich
col-program = Programm
col-pairs = Paare
col-active = aktiv
col-held = gehalten
col-cancelled = abgesagt
col-no-show = nicht erschienen
col-adherence = Rhythmustreue
col-trend = gehalten je aktivem Paar, Trend
col-mentored = mentoriert
col-people = Personen
col-exits = Austritte
col-exit-rate = Austrittsquote
col-left-by = 25 % / 50 % / 75 % gegangen nach
col-term = Term
col-hazard-ratio = Hazard Ratio (95-%-KI)
col-p = p
col-feature = Merkmal
col-r = r
col-n = n
col-attribute = Merkmal
col-p-adjusted = p angepasst
col-pair = Paar
col-score = Wert
col-level = Stufe
col-reasons = Gründe
col-person-years = Personenjahre
col-promotions = Beförderungen
col-per-100 = je 100 Personenjahre (95-%-KI)
col-mentee = Mentee
col-mentor = Mentor
col-alternatives = Alternativen

## What a cell should have been, and what is wrong with a file

expected-date = ein Datum (im Format JJJJ-MM-TT)
expected-date-format = ein Datum (im Format { $format } oder JJJJ-MM-TT)
expected-not-recoded = { $expected }, und values.{ $column } des Mappings kodiert es nicht um
expected-one-of = einer der Werte { $values }
expected-days = eine ganze Zahl von Tagen > 0
expected-minutes = eine Zahl von Minuten ≥ 0
expected-percent = eine Zahl von 0 bis 100
expected-rating = eine Bewertung von 1 bis 5
expected-capacity = eine ganze Zahl von Mentees von 0 bis 1000
expected-list = eine Liste von höchstens 100 Einträgen, getrennt durch „;“
expected-other-person = eine andere Person als mentor_id
expected-before-exit = ein Datum am oder vor dem exit_date der Person, { $exit }
origin-file = { $file }
origin-sheet = { $file }, Blatt „{ $sheet }“
origin-unnamed = die Datei
detail-example = Zeile { $row }: „{ $value }“
detail-dates-one-format = Spalte „{ $column }“: { $count ->
        [one] { $count } Datum sieht aus wie
       *[other] { $count } Daten sehen aus wie
    } { $format } ({ $examples }); setzen Sie date_format des Mappings auf „{ $format }“
detail-dates-two-formats = Spalte „{ $column }“: { $count ->
        [one] { $count } Datum sieht aus wie
       *[other] { $count } Daten sehen aus wie
    } { $format } oder { $other } ({ $examples }); sagen Sie mit date_format des Mappings, welches
detail-dates-no-format = Spalte „{ $column }“: { $count ->
        [one] { $count } Wert ist kein Datum
       *[other] { $count } Werte sind keine Daten
    } in JJJJ-MM-TT oder einem anderen einheitlichen Format ({ $examples }, ...)
detail-spelt-otherwise = Spalte „{ $column }“: „{ $value }“ in { $rows ->
        [one] { $rows } Zeile
       *[other] { $rows } Zeilen
    } (erste: Zeile { $first }) ist nicht zulässig, erwartet wird { $expected }; kodieren Sie es in values.{ $column } des Mappings um
detail-dangling = Spalte „{ $column }“: { $count } IDs gibt es in { $target } nicht ({ $examples }, ...); ist das die Spalte der IDs von { $target }, und sind sie in beiden Dateien gleich geschrieben?
detail-empty-csv = die Datei ist leer (erwartet eine Kopfzeile)
detail-ragged = { $width ->
        [one] hat { $width } Feld
       *[other] hat { $width } Felder
    }, die Kopfzeile aber { $header }{ $hint }
detail-other-delimiter = {" "}(die Datei wird an { $used ->
        [tab] Tabulatoren
       *[other] { $used }
    } getrennt, ihre Zeilen sehen aber { $delimiter ->
        [tab] tabulator
       *[other] { $delimiter }
    }-getrennt aus: setzen Sie delimiter des Mappings)
detail-no-such-path = keine solche Datei und kein solcher Ordner
detail-permission-denied = keine Berechtigung
detail-system = { $error }
detail-not-utf8 = ist kein gültiger UTF-8-Text (speichern Sie die Datei als UTF-8)
detail-header-not-utf8 = Kopfspalte { $column } ist kein gültiger UTF-8-Text
detail-field-not-utf8 = Feld { $column } ist kein gültiger UTF-8-Text (speichern Sie die Datei als UTF-8)
detail-empty-json = die Datei ist leer (erwartet ein JSON-Array von Objekten)
detail-not-json = ist kein gültiges JSON ({ $error })
detail-not-utf8-at = ist ab Byte { $byte } kein gültiger UTF-8-Text (speichern Sie die Datei als UTF-8)
detail-not-array = erwartet ein Array von Objekten, eines je Zeile
detail-not-object = ist kein Objekt
detail-nested = Feld „{ $field }“ enthält ein verschachteltes Array oder Objekt (erwartet Text, eine Zahl oder null)
detail-not-spreadsheet = ist keine lesbare Tabellenkalkulation ({ $error })
detail-sheet-unreadable = Blatt „{ $sheet }“ kann nicht gelesen werden ({ $error })
detail-first-sheet-unreadable = das erste Blatt kann nicht gelesen werden ({ $error })
detail-no-sheets = die Arbeitsmappe hat keine Blätter
detail-header-unnamed = Kopfspalte { $column } hat keinen Namen
detail-header-twice = Spalte „{ $header }“ kommt zweimal vor (Kopfspalten { $first } und { $second })
detail-one-column = die Kopfzeile ist eine einzige Spalte, „{ $header }“: die Datei sieht { $delimiter ->
        [tab] tabulator
       *[other] { $delimiter }
    }-getrennt aus, nicht kommagetrennt (setzen Sie delimiter des Mappings)
detail-undescribed = Spalte „{ $column }“ wird als eine Art gelesen, die ihre Beschreibung nicht angibt (ein Fehler im Programm)
detail-mapped-header-missing = columns.{ $column } des Mappings nennt die Spalte „{ $header }“, die { $origin } nicht hat (ihre Spalten: { $headers })
detail-mapping-too-big = ist { $size } MB groß; ein Mapping hat wenige KB (höchstens 1 MB)
detail-mapping-invalid = ist kein gültiges Mapping ({ $error })
detail-mapping-unknown-table = unbekannte Tabelle „{ $table }“ in tables (erwartet eine von: { $tables })
detail-mapping-date-format = { $at } „{ $format }“ ist kein Datumsformat (schreiben Sie es mit YYYY, MM oder M, DD oder D und Trennzeichen, z. B. M/D/YYYY oder DD.MM.YYYY)
detail-mapping-delimiter = { $at } „{ $delimiter }“ ist kein Trennzeichen (erwartet ",", ";", "\t" oder "|")
detail-mapping-unknown-column = { $at } nennt „{ $key }“, das keine Spalte von { $table } ist (ihre Spalten: { $columns })
detail-mapping-empty-header = { $at } ordnet { $column } einer leeren Spalte zu
detail-mapping-header-twice = { $at } ordnet sowohl { $first } als auch { $column } der Spalte „{ $header }“ zu (eine Spalte speist eine Spalte)
detail-mapping-recode = { $at } kodiert „{ $from }“ zu „{ $to }“ um, das keiner der Werte { $values } ist (oder "" für leer)
detail-file-not-given = tables.{ $table }.file nennt „{ $file }“, die nicht übergeben wurde (Dateien: { $files })
detail-sheet-not-given = tables.{ $table }.sheet nennt „{ $sheet }“, das keine übergebene Arbeitsmappe hat
detail-two-candidates = sowohl { $first } als auch { $second } könnten die Tabelle { $table } sein; nennen Sie eine in tables.{ $table }.file
detail-one-place-two-tables = { $place } ist sowohl für { $first } als auch für { $table } angegeben (eine Datei oder ein Blatt speist eine Tabelle)
detail-none-given = keine
detail-no-people = keine Datei ist die Tabelle people (übergeben: { $given }); nennen Sie sie people.csv (oder .tsv, .json, .xlsx) oder setzen Sie tables.people.file des Mappings
detail-not-a-workbook = tables.{ $table }.sheet nennt „{ $sheet }“, aber { $file } ist keine Arbeitsmappe
detail-no-such-sheet = tables.{ $table }.sheet nennt „{ $sheet }“, das { $file } nicht hat (ihre Blätter: { $sheets })
detail-several-sheets = tables.{ $table }.file ist eine Arbeitsmappe mit mehreren Blättern ({ $sheets }); nennen Sie eines in tables.{ $table }.sheet

## Charts and the page a report is handed on as

chart-goals-open = Noch offene Ziele nach Tagen seit dem Setzen (Kaplan-Meier)
chart-still-open = noch offen
chart-held = Gehaltene Sitzungen je Programm
chart-retention-honest = Noch beschäftigt, nach Tagen seit Einstellung, jede Person ab ihrem ersten Paar als mentoriert gezählt (Simon-Makuch)
chart-retention-groups = Noch beschäftigt, nach Tagen seit Einstellung, nach { $by } (Kaplan-Meier)
chart-retention-everyone = Noch beschäftigt, nach Tagen seit Einstellung (Kaplan-Meier)
chart-risk = Risikowert der aktiven Paare mit den höchsten Werten
chart-promotion-hr = Hazard Ratio der Beförderung (95-%-KI; über 1: früher befördert)
chart-matching-hr = Hazard Ratio des vorzeitigen Endes nach Paarmerkmal (95-%-KI; unter 1: Paare halten)
html-generated = Berechnet von mentor-insights { $version } dort, wo die Daten sind; nichts auf dieser Seite wurde irgendwohin gesendet.
html-severity = { $severity ->
        [warning] handeln
        [notice] beachten
       *[info] Kontext
    }
html-footer = mentor-insights { $version } · Gruppen unter der Mindestgröße werden unterdrückt · jede Zahl oben folgt der Methode unten
html-methods = Wie die Zahlen gefunden wurden
html-method-privacy = Datenschutz: eine Gruppe unter der Mindestgröße wird nicht gezeigt, ebenso wenig die nächstkleinere, wenn sie sie verraten würde; kein Vergleich mit einer verborgenen Gruppe wird berichtet.
html-method-goals = Ziele: Erreichungs- und Pünktlichkeitsquoten mit Wilson-95-%-Intervallen; Zeit bis zum Abschluss nach Kaplan-Meier, offene Ziele nur für die Zeit gezählt, die sie hatten.
html-method-engagement = Engagement: gehaltene, abgesagte und versäumte Sitzungen je Paar und Programm; Trends der gehaltenen Sitzungen je aktivem Paar mit Theil-Sen-Steigungen und Mann-Kendall-Tests.
html-method-retention = Bindung: Austrittsquoten mit Wilson-Intervallen, Kaplan-Meier-Kurven und Log-Rank-Tests je Gruppe; ein Cox-Modell (Efron), in dem eine Person ab ihrem ersten Paar als mentoriert zählt (zeitabhängig), neben dem naiven Modell „je mentoriert“; Simon-Makuch-Kurven; Merkmale nach Benjamini-Hochberg-angepassten p-Werten geordnet. Alles sind Zusammenhänge, kein Beweis einer Ursache.
html-method-risk = Gefährdete Paare: jedes Signal wird danach bewertet, wie weit es über seiner Schwelle liegt; der Wert verbindet die Signale mit Standard- oder gelernten Gewichten (alle ≥ 0, jeder Grund erhöht also den Wert).
html-method-progression = Laufbahn: Beförderungen je 100 Personenjahre mit exakten Intervallen, die Personenzeit beim ersten Paar geteilt; das Ratenverhältnis; ein zeitabhängiges Cox-Modell der ersten Beförderung.
html-method-matching = Matching: ein Cox-Modell des vorzeitigen Endes nach den Merkmalen des Paares bei seinem Start, geprüft an den Paaren des letzten Jahres (Konkordanz; 0,5 ist Zufall).
html-method-findings = Erkenntnisse: ein Unterschied wird nur genannt, wenn sein 95-%-Intervall keinen Effekt ausschließt; wo eine Regel viele Gruppen oder Merkmale prüft, werden ihre p-Werte gemeinsam angepasst (Benjamini-Hochberg).
