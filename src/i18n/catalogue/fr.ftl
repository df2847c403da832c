# mentor-insights — français. Chaque phrase écrite par le cœur (SPEC §4.8 « Language »).
# Les paramètres ({ $name }) sont les nombres et les noms de la phrase ; le code formate les nombres.

## Phrases used inside other sentences

p-below = p < { $p_below }
p-value = p = { $p_value }
list-separator = ,{" "}
clause-separator = {"\u202F"};{" "}
nothing-else = rien d’autre
mentored-people = mentorées
other-people = les autres
survived-employed = rester en poste
survived-unpromoted = rester sans promotion
suggest-rule = la règle « écart de niveau 1–2 » note les candidats
table-rows = { $table ->
    [people] { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    }
    [pairs] { $count ->
        [one] { $count } binôme
       *[other] { $count } binômes
    }
    [sessions] { $count ->
        [one] { $count } séance
       *[other] { $count } séances
    }
    [goals] { $count ->
        [one] { $count } objectif
       *[other] { $count } objectifs
    }
    [feedback] { $count ->
        [one] { $count } évaluation
       *[other] { $count } évaluations
    }
    [promotions] { $count ->
        [one] { $count } promotion
       *[other] { $count } promotions
    }
    [requests] { $count ->
        [one] { $count } demande
       *[other] { $count } demandes
    }
   *[other] { $count } { $table }
}
group-mentored = mentorées
grouping-mentored = mentorat
group-others = les autres
group-everyone = tous

signal-recency = pas de séance récente
signal-no_first_session = pas encore de première séance
signal-falling_trend = moins de séances de mois en mois
signal-cancellations = séances annulées ou manquées
signal-attendance_drop = plus de séances manquées qu’avant
signal-initiative_drop = le mentoré organise moins de rencontres
signal-overdue_goals = objectifs en retard
signal-stalled_goals = objectifs au point mort
signal-low_rating = notes basses
signal-falling_rating = notes en baisse
signal-one_sided = un seul côté organise chaque rencontre
signal-mentee_exit_risk = le risque de départ du mentoré
reason-count = { $reason } ({ $pairs ->
        [one] { $pairs } binôme
       *[other] { $pairs } binômes
    })

model-cox = modèle de Cox
model-naive-cox = modèle de Cox naïf
model-weighted-cox = modèle de Cox pondéré
model-landmark-cox = modèle de Cox landmark
model-propensity = modèle de propension
model-matching = modèle d’appariement
test-group-comparison = comparaison des groupes
test-logrank = test du log-rank
test-rate-ratio = rapport de taux

## Findings

finding-goals-completion = { $completed_pct } % { $goals ->
        [one] de { $goals } objectif a été atteint
       *[other] des { $goals } objectifs ont été atteints
    } (IC à { $level } % { $ci_low_pct }–{ $ci_high_pct } %){ $extent ->
        [open]  ; { $open ->
            [one] { $open } est encore ouvert
           *[other] { $open } sont encore ouverts
        } et, en comptant chaque objectif seulement pour le temps qu’il a eu, { $within_pct } % ({ $within_low_pct }–{ $within_high_pct } %) sont atteints dans les { $window_days } jours suivant leur fixation.
        [young]  ; { $open ->
            [one] { $open } est encore ouvert
           *[other] { $open } sont encore ouverts
        } et, en comptant chaque objectif seulement pour le temps qu’il a eu, { $within_pct } % ({ $within_low_pct }–{ $within_high_pct } %) sont atteints dans les { $window_days } jours suivant leur fixation — la plupart des objectifs sont encore jeunes, la part atteinte jusqu’ici la sous-estime donc.
       *[none] .
    }
finding-goals-open-items = Dans les binômes actifs, { $overdue ->
        [one] { $overdue } objectif ouvert a dépassé son échéance
       *[other] { $overdue } objectifs ouverts ont dépassé leur échéance
    } et { $stalled ->
        [one] { $stalled } n’a
       *[other] { $stalled } n’ont
    } pas été mis à jour depuis plus de { $stalled_days } jours.
finding-goals-program = L’atteinte des objectifs dans { $program } ({ $completed_pct } %, IC à { $level } % { $ci_low_pct }–{ $ci_high_pct } %) est { $direction ->
        [lower] plus basse
       *[higher] plus haute
    } que dans les autres programmes ({ $rest_pct } %, { $rest_ci_low_pct }–{ $rest_ci_high_pct } %).
finding-engagement-not-meeting = { $pairs ->
        [one] { $pairs } binôme actif sur { $active_pairs } ne s’est pas rencontré
       *[other] { $pairs } binômes actifs sur { $active_pairs } ne se sont pas rencontrés
    } depuis plus de deux fois leur rythme convenu.
finding-engagement-trend = Les séances tenues par binôme actif dans { $program } { $direction ->
        [falling] baissent
       *[rising] augmentent
    } de { $sessions_per_month } par mois sur { $months } mois (Mann-Kendall { $p }, ajusté pour les programmes comparés).
finding-retention-mentoring = { $found ->
        [yes] Les personnes mentorées partent à { $hazard_ratio } fois le taux des autres (IC à { $level } % { $ci_low }–{ $ci_high })
       *[no] Aucune différence de départ n’a été trouvée entre les personnes mentorées et les autres (hazard ratio { $hazard_ratio }, IC à { $level } % { $ci_low }–{ $ci_high })
    }{ $time_varying ->
        [yes] , chaque personne comptant comme mentorée à partir de son premier binôme
       *[no] {""}
    }{ $naive_reading ->
        [overstates]  ; la comparaison naïve « déjà mentoré » ({ $naive_hazard_ratio }) le surestime, car elle attribue au mentorat le temps avant le premier binôme d’une personne
        [understates]  ; la comparaison naïve « déjà mentoré » ({ $naive_hazard_ratio }) le sous-estime, car elle attribue au mentorat le temps avant le premier binôme d’une personne
       *[none] {""}
    }. Cela repose sur { $people } personnes et { $exits ->
        [one] { $exits } départ
       *[other] { $exits } départs
    }, est ajusté pour { $adjusted_for } et reste une association, pas la preuve que le mentorat en est la cause.
finding-retention-driver = { $unit ->
        [text] Les personnes avec { $attribute } { $level } sont parties à { $share } % ({ $share_low }–{ $share_high } %), contre { $other_share } % ({ $other_share_low }–{ $other_share_high } %) avec { $other_level }
        [step] Chaque niveau de plus de { $attribute } va avec { $hazard_ratio } fois le taux de départ (IC à { $level } % { $ci_low }–{ $ci_high })
        [year] Chaque année de plus de { $attribute } va avec { $hazard_ratio } fois le taux de départ (IC à { $level } % { $ci_low }–{ $ci_high })
        [thousand] Chaque tranche de 1 000 de plus de { $attribute } va avec { $hazard_ratio } fois le taux de départ (IC à { $level } % { $ci_low }–{ $ci_high })
       *[sd] Chaque écart-type ({ $unit_size }) de plus de { $attribute } va avec { $hazard_ratio } fois le taux de départ (IC à { $level } % { $ci_low }–{ $ci_high })
    } ; { $n } personnes, { $exits ->
        [one] { $exits } départ
       *[other] { $exits } départs
    } ; une association, non ajustée pour les autres attributs ({ $p } { $tested ->
        [one] pour le seul attribut testé
       *[other] sur les { $tested } attributs testés
    }).
finding-retention-logrank = Le temps avant le départ diffère entre les { $groups } groupes de { $by } (log-rank χ² { $statistic }, { $p }).
finding-retention-correlate = Parmi les attributs et les caractéristiques du mentorat mesurés, { $feature } est le plus fortement associé au départ : des valeurs plus élevées vont avec { $direction ->
        [more] plus
       *[fewer] moins
    } de départs (r = { $r }, n = { $n }, { $p }).
finding-risk-levels = { $high ->
        [one] { $high } binôme actif sur { $active_pairs } présente
       *[other] { $high } binômes actifs sur { $active_pairs } présentent
    } un risque élevé de finir tôt et { $medium } un risque moyen.
finding-risk-reasons = { $flagged_pairs ->
        [one] Les raisons de l’unique binôme à risque élevé ou moyen : { $reasons }.
       *[other] Les raisons les plus fréquentes parmi les { $flagged_pairs } binômes à risque élevé ou moyen : { $reasons }.
    }
finding-progression-mentoring = { $found ->
        [yes] Comptées à partir de leur premier binôme, les personnes mentorées sont promues à { $hazard_ratio } fois le taux des autres (modèle de Cox, IC à { $level } % { $ci_low }–{ $ci_high }).
       *[no] Aucune différence de taux de promotion n’a été trouvée pour les personnes mentorées, comptées à partir de leur premier binôme (hazard ratio { $hazard_ratio }, modèle de Cox, IC à { $level } % { $ci_low }–{ $ci_high }).
    }
finding-progression-rate-ratio = { $found ->
        [yes] Les promotions sont { $rate_ratio } fois plus fréquentes pour les personnes { $first } que pour { $second }
       *[no] Aucune différence de taux de promotion n’a été trouvée entre les personnes { $first } et { $second }
    } ({ $first_rate } contre { $second_rate } pour { $person_years } années-personnes{ $found ->
        [yes] {""}
       *[no] , rapport de taux { $rate_ratio }
    } ; IC à { $level } % { $ci_low }–{ $ci_high }).
finding-matching-feature = { $kind ->
        [same_department] Les binômes dont le mentor travaille dans le service du mentoré finissent tôt à { $hazard_ratio } fois le taux des autres
        [same_location] Les binômes dont le mentor travaille sur le site du mentoré finissent tôt à { $hazard_ratio } fois le taux des autres
        [level_gap_against] Les binômes avec un écart de niveau de { $band } (contre un écart de { $reference }) finissent tôt à { $hazard_ratio } fois le taux
        [tenure_gap_years] Chaque année d’ancienneté de plus du mentor multiplie le taux de fin précoce par { $hazard_ratio }
        [mentor_load] Chaque autre binôme que le mentor a déjà multiplie le taux de fin précoce par { $hazard_ratio }
        [mentor_experience] Chaque binôme antérieur du mentor multiplie le taux de fin précoce par { $hazard_ratio }
        [shared_interests] Un recoupement complet des intérêts du mentoré et des compétences du mentor (contre aucun) multiplie le taux de fin précoce par { $hazard_ratio }
       *[other] { $term } multiplie le taux de fin précoce par { $hazard_ratio }
    } (IC à { $level } % { $ci_low }–{ $ci_high }).
finding-matching-validation = Ajusté sur les binômes antérieurs, le modèle d’appariement classe ceux des { $test_pairs } binômes de l’an dernier qui finissent tôt avec une concordance de { $concordance } ({ $chance } correspond au hasard){ $trusted ->
        [yes] .
       *[no]  : trop proche du hasard pour s’y fier, les mentors suggérés sont donc notés par la règle simple (un mentor un ou deux niveaux au-dessus) et les caractéristiques ci-dessus sont des indices, pas un modèle.
    }

## Suggested mentors: each term of a suggestion, and why a mentee has none

term-text = { $term ->
        [same_department] { $yes ->
            [yes] même service
           *[no] services différents
        }
        [same_location] { $yes ->
            [yes] même site
           *[no] sites différents
        }
        [tenure_gap_years] le mentor a { $years } ans d’ancienneté de plus
        [mentor_load] le mentor a { $value ->
            [one] { $value } autre binôme
           *[other] { $value } autres binômes
        } en ce moment
        [mentor_experience] le mentor a déjà accompagné { $value ->
            [one] { $value } binôme
           *[other] { $value } binômes
        }
        [shared_interests] les intérêts du mentoré et les compétences du mentor se recoupent à { $share } %
        [level_gap] { $yes ->
            [yes] { $gap ->
                [none] le mentor n’est pas au-dessus du mentoré
                [one] le mentor est 1 niveau au-dessus
                [three] le mentor est 3 niveaux ou plus au-dessus
               *[other] le mentor est { $band } niveaux au-dessus
            }
           *[no] pas un écart de niveau de { $band }
        }
       *[other] { $term }
    }
unmatched-not-employed = pas en poste à as_of
unmatched-no-mentor = aucun mentor en poste avec une place libre ne remplit les conditions
unmatched-slots-taken = les places libres de tous les mentors adaptés sont allées à d’autres mentorés, pour un total plus élevé

## Reasons a pair is at risk

reason-recency = aucune séance tenue depuis { $since } jours (rythme { $cadence })
reason-recency-never = aucune séance tenue dans les { $since } jours depuis le début (rythme { $cadence })
reason-no-first-session = aucune séance tenue dans les { $age } jours depuis le début (attendue sous { $limit })
reason-falling-trend = séances tenues en baisse de { $slope } par mois sur les { $months } derniers mois
reason-cancellations = { $missed } séances sur { $sessions } des { $days } derniers jours annulées ou manquées
reason-attendance-drop = { $now } % des séances tenues sur les { $days } derniers jours, contre { $before } % avant
reason-initiative-drop = le mentoré a lancé { $now } % des séances récentes, contre { $before } % avant
reason-overdue-goals = { $overdue ->
        [one] { $overdue } objectif en retard
       *[other] { $overdue } objectifs en retard
    }
reason-stalled-goals = { $stalled ->
        [one] { $stalled } objectif ouvert
       *[other] { $stalled } objectifs ouverts
    } sans mise à jour depuis plus de { $limit } jours
reason-low-rating = { $side ->
        [mentor] le mentor
       *[mentee] le mentoré
    } a noté le binôme { $rating } sur 5 ces { $days } derniers jours
reason-falling-rating = les notes sont passées de { $before } à { $now }
reason-one-sided = { $side ->
        [mentor] le mentor
       *[mentee] le mentoré
    } a lancé { $share } % des { $sessions } dernières séances
reason-mentee-exit-risk = le risque de départ du mentoré est { $relative } fois la moyenne

## Which risk weights were used, and why

auc-none = aucun
weights-default = les poids par défaut documentés
weights-learn-off = learn vaut false : les poids par défaut documentés
weights-learned = appris sur { $closed } binômes clos
weights-config = les poids fixés dans config sont utilisés tels quels
weights-no-replay = trop peu de binômes étaient clos un an avant as_of pour tester des poids appris sur l’année suivante (au moins { $needed } avec les deux issues), les poids par défaut sont donc utilisés
weights-replay-learned = en rejouant l’année écoulée, les poids appris sur les binômes clos avant elle ont mieux classé les binômes finis tôt (AUC { $learned }) que les poids par défaut ({ $default })
weights-replay-default = en rejouant l’année écoulée, les poids appris (AUC { $learned }) n’ont pas mieux classé les binômes finis tôt que les poids par défaut ({ $default }), ceux-ci sont donc utilisés

## Warnings

warning-locale-unsupported = la langue « { $locale } » n’est pas prise en charge, les phrases sont donc en anglais (prises en charge : { $supported })
warning-after-as-of-rows = lignes datées après as_of { $as_of } écartées ({ $counts })
warning-after-as-of-dates = { $cleared ->
        [one] { $cleared } date de départ, de fin ou d’atteinte après as_of { $as_of } traitée comme pas encore survenue
       *[other] { $cleared } dates de départ, de fin ou d’atteinte après as_of { $as_of } traitées comme pas encore survenues
    }
warning-after-as-of-both = lignes datées après as_of { $as_of } écartées ({ $counts }) ; { $cleared ->
        [one] { $cleared } date de départ, de fin ou d’atteinte postérieure traitée comme pas encore survenue
       *[other] { $cleared } dates de départ, de fin ou d’atteinte postérieures traitées comme pas encore survenues
    }
warning-as-of-after-data = as_of { $as_of } est après la dernière date des données ({ $latest }) : les binômes et objectifs encore ouverts alors comptent comme ouverts jusqu’à as_of
warning-no-goals = aucun objectif n’a été créé avant as_of
warning-no-exits = aucun départ avant as_of : les taux valent 0 et aucun test ni modèle ne peut être calculé
warning-not-fitted = { $what } : { $error }
warning-not-computed = { $what } : { $error }
warning-analysis-unavailable = { $analysis } : { $error }
warning-suggest-near-chance = suggest : cet historique prédit à peine mieux que le hasard quels binômes finissent tôt (concordance { $concordance } sur les binômes de l’an dernier, où { $chance } est le hasard et { $needed } est requis) ; { $rule }
warning-suggest-too-few = suggest : { $closed ->
        [one] { $closed } binôme clos est trop peu
       *[other] { $closed } binômes clos sont trop peu
    } pour apprendre (au moins { $needed }) ; { $rule }
warning-suggest-not-fitted = suggest : le modèle d’appariement n’a pas pu être ajusté ({ $error }) ; { $rule }
warning-weights-truncated = pondération par propension : { $trimmed ->
        [one] { $trimmed } poids extrême tronqué
       *[other] { $trimmed } poids extrêmes tronqués
    } aux 1er et 99e centiles
warning-imbalanced = pondération par propension : encore déséquilibré après pondération (différence standardisée au-dessus de { $limit }) : { $covariates } ; la comparaison pondérée n’en tient pas compte
warning-risk-no-exit-model = risk : aucun modèle de départ n’a pu être ajusté, le risque de départ du mentoré n’est donc pas un signal
warning-risk-too-few = risk : l’apprentissage demande au moins { $needed } binômes clos avec les deux issues ({ $closed } clos, { $early } finis tôt) ; les poids par défaut sont utilisés
warning-risk-learning-failed = risk : l’apprentissage a échoué ({ $error }) ; les poids par défaut sont utilisés
warning-rows-left-out = modèle de Cox : { $left_out ->
        [one] { $left_out } personne sans valeur pour chaque covariable ({ $covariates }) est écartée
       *[other] { $left_out } personnes sans valeur pour chaque covariable ({ $covariates }) sont écartées
    }
warning-immortal-time = biais de temps immortel : le hazard ratio naïf « déjà mentoré » ({ $naive }) diffère de celui qui varie dans le temps ({ $time_varying }) ; les personnes devaient { $survived } jusqu’au début de leur mentorat, le modèle naïf attribue donc ce temps au mentorat
warning-numbers-read = { $table } : les valeurs de « { $column } » sont lues comme des nombres ({ $kind ->
        [written] « { $example } » comme { $value }
        [marker] « { $marker } » comme aucune valeur
       *[both] « { $example } » comme { $value }, « { $marker } » comme aucune valeur
    })
warning-numbers-ambiguous = { $table } : les valeurs de « { $column } » ressemblent à des nombres, mais « { $example } » peut valoir { $point } ou { $comma }, et rien ne dit lequel ; la colonne est lue comme du texte (écrivez ses nombres sans séparateur de milliers pour qu’ils soient lus comme des nombres)
warning-column-unused = { $table } : il n’y a pas de colonne { $column }, mais « { $header } » y ressemble et { $kept ->
        [attribute] elle est lue comme attribut
       *[unread] elle n’est pas lue
    } ; nommez-la dans les columns du mapping ({"{"} "{ $column }": "{ $header }" {"}"}) ou renommez l’en-tête
warning-odd-rows = { $table } : { $count ->
        [one] { $count } ligne
       *[other] { $count } lignes
    } { $what ->
        [exit-type] avec un exit_type mais sans exit_date (l’exit_type est ignoré)
        [pair-outside-employment] commençant avant l’embauche du mentor ou du mentoré, ou après le départ de l’un d’eux
        [outside-pair] datées hors des dates de début et de fin de leur binôme
        [completed-without-date] au statut « completed » mais sans completed_date, donc sans temps jusqu’à l’atteinte
        [date-without-completed] avec une completed_date mais un statut autre que « completed » (le statut est retenu)
       *[due-before-created] échues avant leur création
    } (première : ligne { $first })
warning-groups-suppressed = { $what ->
        [programs] { $hidden ->
            [one] { $hidden } programme
           *[other] { $hidden } programmes
        }
        [curves] { $hidden ->
            [one] { $hidden } courbe de statut de mentorat
           *[other] { $hidden } courbes de statut de mentorat
        }
        [weighting] { $hidden ->
            [one] { $hidden } groupe de pondération par propension
           *[other] { $hidden } groupes de pondération par propension
        }
       *[groups] { $hidden ->
            [one] { $hidden } groupe
           *[other] { $hidden } groupes
        }
    } de moins de { $min } { $unit ->
        [pairs] binômes
       *[people] personnes
    } { $hidden ->
        [one] est masqué
       *[other] sont masqués
    } (confidentialité), et aucune comparaison les concernant n’est rapportée

## Files that fed no table

unused-not-a-table-file = ni un fichier CSV, TSV, JSON ni XLSX
unused-file-name = son nom n’est celui d’aucune table ({ $tables }) ; nommez-le dans tables.<table>.file du mapping
unused-sheet-name = son nom n’est celui d’aucune table ; nommez-la dans tables.<table>.sheet du mapping

## Errors a user can cause

problem-invalid-value = { $table } ligne { $row }, colonne « { $column } » : « { $value } » n’est pas { $expected }
problem-missing-value = { $table } ligne { $row }, colonne « { $column } » : une valeur est requise mais la cellule est vide
problem-missing-column = { $table } : la colonne requise « { $column } » manque (trouvées : { $found })
problem-missing-column-like = { $table } : la colonne requise « { $column } » manque (trouvées : { $found }) ; « { $header } » y ressemble : nommez-la dans les columns du mapping ({"{"} "{ $column }": "{ $header }" {"}"}) ou renommez l’en-tête
problem-no-columns = aucune colonne
problem-duplicate-id = { $table } ligne { $row }, colonne « { $column } » : « { $value } » est un doublon (vu d’abord à la ligne { $first_row })
problem-unknown-id = { $table } ligne { $row }, colonne « { $column } » : « { $value } » n’existe pas dans { $target }
problem-end-before-start = { $table } ligne { $row }, colonne « { $column } » : « { $value } » est avant { $start_column } « { $start_value } »
problem-malformed = { $table } : { $detail }
problem-malformed-row = { $table } ligne { $row } : { $detail }
error-problems-header = { $count } problèmes dans les données :
error-problems = { $count } problèmes dans les données : { $problems }
error-usage = { $detail }
error-more-problems = … et { $more } de plus
error-missing-table = { $analysis } a besoin de la table { $table }, qui n’a pas été chargée{ $table ->
        [requests] {" "}(ou des mentorés nommés : --mentees, JS { "{" } mentees { "}" })
       *[other] {""}
    }
error-insufficient-data = { $method } a besoin de { $needed }, reçu : { $got }
error-not-converged = { $method } n’a pas convergé : { $detail }
error-file = { $action ->
        [create] impossible de créer { $path } : { $detail }
        [write] impossible d’écrire { $path } : { $detail }
       *[read] impossible de lire { $path } : { $detail }
    }
error-sql = SQL : { $detail }

## The CLI's text report

text-report-title = Rapport du programme de mentorat au { $as_of } ({ $rows } ; les groupes de moins de { $min } sont masqués)
text-not-read = non lu : { $file } ({ $why })
text-findings = Ce que disent les chiffres
text-nothing-stands-out = rien de notable
text-goals = Objectifs
text-engagement = Engagement (par { $period })
text-retention = Rétention (départs : { $exits ->
    [voluntary] volontaires
   *[other] tous
}, par { $by })
text-retention-everyone = Rétention (départs : { $exits ->
    [voluntary] volontaires
   *[other] tous
})
text-risk = Binômes à risque
text-progression = Évolution de carrière (par { $by })
text-matching = Appariement ({ $pairs ->
        [one] { $pairs } binôme
       *[other] { $pairs } binômes
    }, { $early } finis tôt)
text-warnings = Avertissements ({ $count })
text-suggest = Mentors suggérés (modèle : { $model ->
    [cox] Cox
   *[rule] règle
} ; score total { $total } contre { $greedy } dans l’ordre d’arrivée)
text-percent = { $value } %
text-days = { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
text-not-reached = non atteint
text-suppressed = masqué
text-month = mois
text-week = semaine
text-goals-line = { $goals ->
        [one] { $goals } objectif
       *[other] { $goals } objectifs
    } dans { $pairs ->
        [one] { $pairs } binôme
       *[other] { $pairs } binômes
    } : atteints { $completed } · à temps { $on_time } · temps médian jusqu’à l’atteinte { $median } (quartiles { $q25 }, { $q75 }) · { $overdue } en retard, { $stalled } au point mort
text-goal-ids = (identifiants des objectifs en retard et au point mort : --format json)
text-trend = { $slope }/mois (p { $p })
text-pairs-active = { $pairs ->
        [one] { $pairs } binôme
       *[other] { $pairs } binômes
    }, { $active ->
        [one] { $active } actif
       *[other] { $active } actifs
    }
text-pairs-all-active = { $active ->
        [one] { $active } binôme actif
       *[other] { $active } binômes actifs
    }
text-pairs-more = (les chiffres de chaque binôme : --format json)
text-counted-from-first-pair = compté dès le premier binôme de chaque personne (Simon-Makuch ; les groupes suivants sont déjà mentorés ou jamais : la comparaison naïve) :
text-chi-square = khi-deux { $statistic } (p { $p })
text-risk-ratio = risque relatif { $ratio } · Fisher p { $p }
text-logrank = log-rank { $statistic } (p { $p })
text-cox-title = { $title } ({ $subjects }, { $events ->
        [one] { $events } événement
       *[other] { $events } événements
    }) :
text-cox-title-concordance = { $title } ({ $subjects }, { $events ->
        [one] { $events } événement
       *[other] { $events } événements
    }, concordance { $concordance }) :
text-cox-mentoring = modèle de Cox, mentorat { $exposure ->
    [ever] déjà mentoré (naïf)
    [landmark] à partir d’un repère
   *[other] variable dans le temps
}
text-cox-naive = modèle de Cox naïf (déjà mentoré)
text-cox-promotion = modèle de Cox de la promotion, mentorat { $exposure ->
    [ever] déjà mentoré (naïf)
    [landmark] à partir d’un repère
   *[other] variable dans le temps
}
text-cox-matching = modèle de Cox de la fin précoce selon les caractéristiques du binôme à son début
text-correlates = associations les plus fortes avec le départ :
text-drivers = qui part ({ $tested ->
        [one] le seul attribut testé
       *[other] les plus forts des { $tested } attributs testés, p ajusté
    }) :
text-per-unit = hazard ratio { $ratio } { $unit ->
        [step] par niveau
        [year] par an
        [thousand] par 1 000
       *[sd] par écart-type ({ $sd })
    }
text-risk-levels = { $high } élevé, { $medium } moyen, { $low } faible (modèle : { $model ->
    [learned] régression logistique apprise
   *[default] poids par défaut (noisy-OR)
})
text-weights = poids { $used ->
        [learned] appris
       *[default] par défaut
    } : { $reason }
text-level = { $level ->
        [high] élevé
        [medium] moyen
       *[low] faible
    }
text-rate-ratio = rapport de taux { $ratio }
text-promoted-by = 25 % / 50 % / 75 % promus après : { $groups }
text-validation = validation : concordance { $concordance } sur les { $test } binômes de l’an dernier (ajusté sur les { $train } d’avant ; { $chance } est le hasard)
text-matching-more = (taux de fin précoce et d’atteinte des objectifs par niveau de caractéristique : --format json ou --full)
text-unmatched = non apparié { $mentee } : { $why }
text-pair-sessions = binôme { $pair } : séances par { $period }
col-period = période
text-risk-eval = Rejeux du détecteur de risque (positifs : binômes finis tôt dans l’horizon)
text-risk-eval-generated = graine { $seed }, { $people ->
        [one] { $people } personne
       *[other] { $people } personnes
    }
text-risk-eval-run = { $source } : { $dates } dates, { $samples } binômes-jours, { $positives } positifs ({ $early } binômes finis tôt)
# The scorers a replay measures: the detector, and a rule flagging a pair after so many days.
risk-eval-detector = détecteur
risk-eval-baseline = { $days ->
        [one] { $days } jour sans séance tenue
       *[other] { $days } jours sans séance tenue
    }
col-method = méthode
col-auc = AUC
col-precision-at-k = précision à k
col-lead-days = avance médiane (jours)
col-flagged-share = signalés
col-severity = niveau
col-finding = constat
col-group = groupe
col-goals = objectifs
col-completed = atteints
col-on-time = à temps
col-program = programme
col-pairs = binômes
col-active = actifs
col-held = tenues
col-cancelled = annulées
col-no-show = absences
col-adherence = respect du rythme
col-trend = tenues par binôme actif, tendance
col-mentored = mentoré
col-people = personnes
col-exits = départs
col-exit-rate = taux de départ
col-left-by = 25 % / 50 % / 75 % partis après
col-term = terme
col-hazard-ratio = hazard ratio (IC à 95 %)
col-p = p
col-feature = caractéristique
col-r = r
col-n = n
col-attribute = attribut
col-p-adjusted = p ajusté
col-pair = binôme
col-score = score
col-level = niveau
col-reasons = raisons
col-person-years = années-personnes
col-promotions = promotions
col-per-100 = pour 100 années-personnes (IC à 95 %)
col-mentee = mentoré
col-mentor = mentor
col-alternatives = alternatives

## What a cell should have been, and what is wrong with a file

expected-date = une date (attendu AAAA-MM-JJ)
expected-date-format = une date (attendu { $format } ou AAAA-MM-JJ)
expected-not-recoded = { $expected }, et values.{ $column } du mapping ne la recode pas
expected-one-of = l’une des valeurs { $values }
expected-days = un nombre entier de jours > 0
expected-minutes = un nombre de minutes ≥ 0
expected-percent = un nombre de 0 à 100
expected-rating = une note de 1 à 5
expected-capacity = un nombre entier de mentorés de 0 à 1000
expected-list = une liste d’au plus 100 éléments séparés par « ; »
expected-other-person = une autre personne que mentor_id
expected-before-exit = au plus tard à l’exit_date de la personne, le { $exit }
origin-file = { $file }
origin-sheet = { $file }, feuille « { $sheet } »
origin-unnamed = le fichier
detail-example = ligne { $row } : « { $value } »
detail-dates-one-format = colonne « { $column } » : { $count ->
        [one] { $count } date ressemble à
       *[other] { $count } dates ressemblent à
    } { $format } ({ $examples }) ; donnez au date_format du mapping la valeur « { $format } »
detail-dates-two-formats = colonne « { $column } » : { $count ->
        [one] { $count } date ressemble à
       *[other] { $count } dates ressemblent à
    } { $format } ou { $other } ({ $examples }) ; dites lequel dans le date_format du mapping
detail-dates-no-format = colonne « { $column } » : { $count ->
        [one] { $count } valeur n’est une date
       *[other] { $count } valeurs ne sont des dates
    } ni en AAAA-MM-JJ ni dans un autre format unique ({ $examples }, ...)
detail-spelt-otherwise = colonne « { $column } » : « { $value } » dans { $rows ->
        [one] { $rows } ligne
       *[other] { $rows } lignes
    } (première : ligne { $first }) n’est pas { $expected } ; recodez-la dans values.{ $column } du mapping
detail-dangling = colonne « { $column } » : { $count } identifiants n’existent pas dans { $target } ({ $examples }, ...) ; est-ce la colonne des identifiants de { $target }, et sont-ils écrits de la même façon dans les deux fichiers ?
detail-empty-csv = le fichier est vide (attendu une ligne d’en-tête)
detail-ragged = { $width ->
        [one] a { $width } champ mais
       *[other] a { $width } champs mais
    } l’en-tête en a { $header }{ $hint }
detail-other-delimiter = {" "}(le fichier est découpé sur { $used ->
        [tab] la tabulation
       *[other] { $used }
    }, mais ses lignes semblent séparées par { $delimiter ->
        [tab] des tabulations
       *[other] { $delimiter }
    } : réglez le delimiter du mapping)
detail-no-such-path = aucun fichier ni dossier de ce nom
detail-permission-denied = permission refusée
detail-system = { $error }
detail-not-utf8 = n’est pas un texte UTF-8 valide (enregistrez le fichier en UTF-8)
detail-header-not-utf8 = la colonne d’en-tête { $column } n’est pas un texte UTF-8 valide
detail-field-not-utf8 = le champ { $column } n’est pas un texte UTF-8 valide (enregistrez le fichier en UTF-8)
detail-empty-json = le fichier est vide (attendu un tableau JSON d’objets)
detail-not-json = n’est pas du JSON valide ({ $error })
detail-not-utf8-at = n’est pas un texte UTF-8 valide à l’octet { $byte } (enregistrez le fichier en UTF-8)
detail-not-array = attendu un tableau d’objets, un par ligne
detail-not-object = n’est pas un objet
detail-nested = le champ « { $field } » contient un tableau ou un objet imbriqué (attendu du texte, un nombre ou null)
detail-not-spreadsheet = n’est pas un classeur lisible ({ $error })
detail-sheet-unreadable = la feuille « { $sheet } » ne peut pas être lue ({ $error })
detail-first-sheet-unreadable = la première feuille ne peut pas être lue ({ $error })
detail-no-sheets = le classeur n’a aucune feuille
detail-header-unnamed = la colonne d’en-tête { $column } n’a pas de nom
detail-header-twice = la colonne « { $header } » apparaît deux fois (colonnes d’en-tête { $first } et { $second })
detail-one-column = l’en-tête est une seule colonne, « { $header } » : le fichier semble séparé par { $delimiter ->
        [tab] des tabulations
       *[other] { $delimiter }
    }, pas par des virgules (réglez le delimiter du mapping)
detail-undescribed = la colonne « { $column } » est lue d’un type que son descripteur ne donne pas (un bogue)
detail-mapped-header-missing = columns.{ $column } du mapping nomme l’en-tête « { $header } », que { $origin } n’a pas (ses en-têtes : { $headers })
detail-mapping-too-big = fait { $size } Mo ; un mapping fait quelques Ko (au plus 1 Mo)
detail-mapping-invalid = n’est pas un mapping valide ({ $error })
detail-mapping-unknown-table = table inconnue « { $table } » dans tables (attendu l’une de : { $tables })
detail-mapping-date-format = { $at } « { $format } » n’est pas un format de date (écrivez-le avec YYYY, MM ou M, DD ou D et des séparateurs, p. ex. M/D/YYYY ou DD.MM.YYYY)
detail-mapping-delimiter = { $at } « { $delimiter } » n’est pas un séparateur (attendu ",", ";", "\t" ou "|")
detail-mapping-unknown-column = { $at } nomme « { $key } », qui n’est pas une colonne de { $table } (ses colonnes : { $columns })
detail-mapping-empty-header = { $at } associe { $column } à un en-tête vide
detail-mapping-header-twice = { $at } associe à la fois { $first } et { $column } à l’en-tête « { $header } » (un en-tête alimente une colonne)
detail-mapping-recode = { $at } recode « { $from } » en « { $to } », qui n’est pas l’une des valeurs { $values } (ou "" pour vide)
detail-file-not-given = tables.{ $table }.file nomme « { $file } », qui n’a pas été fourni (fichiers : { $files })
detail-sheet-not-given = tables.{ $table }.sheet nomme « { $sheet } », qu’aucun classeur fourni n’a
detail-two-candidates = { $first } et { $second } pourraient tous deux être la table { $table } ; nommez-en un dans tables.{ $table }.file
detail-one-place-two-tables = { $place } est donné à la fois pour { $first } et pour { $table } (un fichier ou une feuille alimente une table)
detail-none-given = aucun
detail-no-people = aucun fichier n’est la table people (fournis : { $given }) ; nommez-le people.csv (ou .tsv, .json, .xlsx), ou réglez tables.people.file du mapping
detail-not-a-workbook = tables.{ $table }.sheet nomme « { $sheet } », mais { $file } n’est pas un classeur
detail-no-such-sheet = tables.{ $table }.sheet nomme « { $sheet } », que { $file } n’a pas (ses feuilles : { $sheets })
detail-several-sheets = tables.{ $table }.file est un classeur de plusieurs feuilles ({ $sheets }) ; nommez-en une dans tables.{ $table }.sheet

## Charts and the page a report is handed on as

chart-goals-open = Objectifs encore ouverts, par jours depuis leur fixation (Kaplan-Meier)
chart-still-open = encore ouverts
chart-held = Séances tenues par programme
chart-retention-honest = Encore en poste, par jours depuis l’embauche, chaque personne comptée comme mentorée dès son premier binôme (Simon-Makuch)
chart-retention-groups = Encore en poste, par jours depuis l’embauche, par { $by } (Kaplan-Meier)
chart-retention-everyone = Encore en poste, par jours depuis l’embauche (Kaplan-Meier)
chart-risk = Score de risque des binômes actifs les plus exposés
chart-promotion-hr = Hazard ratio de la promotion (IC à 95 % ; au-dessus de 1 : promu plus tôt)
chart-matching-hr = Hazard ratio de fin précoce par caractéristique du binôme (IC à 95 % ; sous 1 : les binômes durent)
html-generated = Calculé par mentor-insights { $version } là où sont les données ; rien de cette page n’a été envoyé nulle part.
html-severity = { $severity ->
        [warning] agir
        [notice] à noter
       *[info] contexte
    }
html-footer = mentor-insights { $version } · les groupes sous la taille minimale sont masqués · chaque chiffre ci-dessus suit la méthode ci-dessous
html-methods = Comment les chiffres ont été obtenus
html-method-privacy = Confidentialité : un groupe plus petit que la taille minimale n’est pas montré, ni le suivant s’il le révélait ; aucune comparaison impliquant un groupe masqué n’est rapportée.
html-method-goals = Objectifs : taux d’atteinte et de respect des délais avec intervalles de Wilson à 95 % ; temps jusqu’à l’atteinte par Kaplan-Meier, les objectifs ouverts comptés seulement pour le temps qu’ils ont eu.
html-method-engagement = Engagement : séances tenues, annulées et manquées par binôme et par programme ; tendances des séances tenues par binôme actif par pentes de Theil-Sen et tests de Mann-Kendall.
html-method-retention = Rétention : taux de départ avec intervalles de Wilson, courbes de Kaplan-Meier et tests du log-rank par groupe ; un modèle de Cox (Efron) où une personne compte comme mentorée dès son premier binôme (variable dans le temps), à côté du modèle naïf « déjà mentoré » ; courbes de Simon-Makuch ; attributs classés par p-values ajustées de Benjamini-Hochberg. Ce sont des associations, pas des preuves de cause.
html-method-risk = Binômes à risque : chaque signal est noté selon son écart à son seuil ; le score combine les signaux avec des poids par défaut ou appris (tous ≥ 0, chaque raison augmente donc le score).
html-method-progression = Évolution : promotions pour 100 années-personnes avec intervalles exacts, le temps-personne coupé au premier binôme ; le rapport de taux ; un modèle de Cox variable dans le temps de la première promotion.
html-method-matching = Appariement : un modèle de Cox de la fin précoce selon les caractéristiques du binôme à son début, validé sur les binômes de l’an dernier (concordance ; 0,5 est le hasard).
html-method-findings = Constats : une différence n’est énoncée que si son intervalle à 95 % exclut l’absence d’effet ; quand une règle teste de nombreux groupes ou attributs, ses p-values sont ajustées ensemble (Benjamini-Hochberg).
