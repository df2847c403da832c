# mentor-insights — Nederlands. Elke zin die de kern schrijft (SPEC §4.8 "Language").
# Plaatshouders ({ $name }) zijn de getallen en namen van de zin; de code maakt de getallen op.

## Phrases used inside other sentences

p-below = p < { $p_below }
p-value = p = { $p_value }
list-separator = ,{" "}
clause-separator = ;{" "}
nothing-else = niets anders
mentored-people = gementorde
other-people = anderen
survived-employed = in dienst blijven
survived-unpromoted = zonder promotie blijven
suggest-rule = de regel 'niveauverschil 1–2' scoort de kandidaten
table-rows = { $table ->
    [people] { $count ->
        [one] { $count } persoon
       *[other] { $count } personen
    }
    [pairs] { $count ->
        [one] { $count } koppel
       *[other] { $count } koppels
    }
    [sessions] { $count ->
        [one] { $count } sessie
       *[other] { $count } sessies
    }
    [goals] { $count ->
        [one] { $count } doel
       *[other] { $count } doelen
    }
    [feedback] { $count ->
        [one] { $count } beoordeling
       *[other] { $count } beoordelingen
    }
    [promotions] { $count ->
        [one] { $count } promotie
       *[other] { $count } promoties
    }
    [requests] { $count ->
        [one] { $count } aanvraag
       *[other] { $count } aanvragen
    }
   *[other] { $count } { $table }
}
group-mentored = gementorde
grouping-mentored = mentoring
group-others = anderen
group-everyone = iedereen

signal-recency = geen recente sessie
signal-no_first_session = nog geen eerste sessie
signal-falling_trend = maand na maand minder sessies
signal-cancellations = afgezegde of gemiste sessies
signal-attendance_drop = meer gemiste sessies dan eerder
signal-initiative_drop = de mentee plant minder afspraken
signal-overdue_goals = verlopen doelen
signal-stalled_goals = stilstaande doelen
signal-low_rating = lage beoordelingen
signal-falling_rating = dalende beoordelingen
signal-one_sided = één kant plant elke afspraak
signal-mentee_exit_risk = het vertrekrisico van de mentee
reason-count = { $reason } ({ $pairs ->
        [one] { $pairs } koppel
       *[other] { $pairs } koppels
    })

model-cox = Cox-model
model-naive-cox = naïef Cox-model
model-weighted-cox = gewogen Cox-model
model-landmark-cox = landmark-Cox-model
model-propensity = propensitymodel
model-matching = matchingmodel
test-group-comparison = groepsvergelijking
test-logrank = log-ranktoets
test-rate-ratio = rate ratio

## Findings

finding-goals-completion = { $completed_pct }% van { $goals ->
        [one] { $goals } doel
       *[other] { $goals } doelen
    } is behaald ({ $level }%-BI { $ci_low_pct }–{ $ci_high_pct }%){ $extent ->
        [open] ; { $open ->
            [one] { $open } staat
           *[other] { $open } staan
        } nog open, en als elk doel alleen telt voor de tijd die het had, wordt { $within_pct }% ({ $within_low_pct }–{ $within_high_pct }%) binnen { $window_days } dagen na het stellen behaald.
        [young] ; { $open ->
            [one] { $open } staat
           *[other] { $open } staan
        } nog open, en als elk doel alleen telt voor de tijd die het had, wordt { $within_pct }% ({ $within_low_pct }–{ $within_high_pct }%) binnen { $window_days } dagen na het stellen behaald; de meeste doelen zijn nog jong, dus het tot nu toe behaalde aandeel onderschat het.
       *[none] .
    }
finding-goals-open-items = In actieve koppels { $overdue ->
        [one] is { $overdue } open doel over de deadline
       *[other] zijn { $overdue } open doelen over de deadline
    } en { $stalled ->
        [one] is { $stalled } doel
       *[other] zijn { $stalled } doelen
    } al meer dan { $stalled_days } dagen niet bijgewerkt.
finding-goals-program = Het behalen van doelen in { $program } ({ $completed_pct }%, { $level }%-BI { $ci_low_pct }–{ $ci_high_pct }%) is { $direction ->
        [lower] lager
       *[higher] hoger
    } dan in de andere programma's ({ $rest_pct }%, { $rest_ci_low_pct }–{ $rest_ci_high_pct }%).
finding-engagement-not-meeting = { $pairs } van { $active_pairs } actieve koppels { $pairs ->
        [one] heeft
       *[other] hebben
    } langer dan twee keer hun afgesproken ritme niet afgesproken.
finding-engagement-trend = Gehouden sessies per actief koppel in { $program } { $direction ->
        [falling] dalen
       *[rising] stijgen
    } met { $sessions_per_month } per maand over { $months } maanden (Mann-Kendall { $p }, gecorrigeerd voor de vergeleken programma's).
finding-retention-mentoring = { $found ->
        [yes] Gementorde mensen vertrekken met { $hazard_ratio } keer het tempo van anderen ({ $level }%-BI { $ci_low }–{ $ci_high })
       *[no] Er is geen verschil in vertrek gevonden tussen gementorde mensen en anderen (hazard ratio { $hazard_ratio }, { $level }%-BI { $ci_low }–{ $ci_high })
    }{ $time_varying ->
        [yes] , waarbij iedereen als gementord telt vanaf het eerste koppel
       *[no] {""}
    }{ $naive_reading ->
        [overstates] ; de naïeve vergelijking 'ooit gementord' ({ $naive_hazard_ratio }) overschat dit, omdat die de tijd vóór iemands eerste koppel aan mentoring toeschrijft
        [understates] ; de naïeve vergelijking 'ooit gementord' ({ $naive_hazard_ratio }) onderschat dit, omdat die de tijd vóór iemands eerste koppel aan mentoring toeschrijft
       *[none] {""}
    }. Dit berust op { $people } mensen en { $exits ->
        [one] { $exits } vertrek
       *[other] { $exits } vertrekken
    }, is gecorrigeerd voor { $adjusted_for } en is een samenhang, geen bewijs dat mentoring het veroorzaakt.
finding-retention-driver = { $unit ->
        [text] Mensen met { $attribute } { $level } vertrokken voor { $share }% ({ $share_low }–{ $share_high }%), tegen { $other_share }% ({ $other_share_low }–{ $other_share_high }%) met { $other_level }
        [step] Elke stap hoger in { $attribute } gaat samen met { $hazard_ratio } keer het vertrektempo ({ $level }%-BI { $ci_low }–{ $ci_high })
        [year] Elk jaar meer { $attribute } gaat samen met { $hazard_ratio } keer het vertrektempo ({ $level }%-BI { $ci_low }–{ $ci_high })
        [thousand] Elke 1.000 meer { $attribute } gaat samen met { $hazard_ratio } keer het vertrektempo ({ $level }%-BI { $ci_low }–{ $ci_high })
       *[sd] Elke standaardafwijking ({ $unit_size }) meer { $attribute } gaat samen met { $hazard_ratio } keer het vertrektempo ({ $level }%-BI { $ci_low }–{ $ci_high })
    }; { $n } mensen, { $exits ->
        [one] { $exits } vertrek
       *[other] { $exits } vertrekken
    }; een samenhang, niet gecorrigeerd voor andere kenmerken ({ $p } { $tested ->
        [one] voor het enige geteste kenmerk
       *[other] over de { $tested } geteste kenmerken
    }).
finding-retention-logrank = De tijd tot vertrek verschilt tussen de { $groups } groepen van { $by } (log-rank χ² { $statistic }, { $p }).
finding-retention-correlate = Van de gemeten kenmerken en mentoringeigenschappen hangt { $feature } het sterkst samen met vertrek: hogere waarden gaan samen met { $direction ->
        [more] meer
       *[fewer] minder
    } vertrekken (r = { $r }, n = { $n }, { $p }).
finding-risk-levels = { $high } van { $active_pairs } actieve koppels { $high ->
        [one] loopt
       *[other] lopen
    } een hoog risico om vroegtijdig te eindigen en { $medium } een gemiddeld risico.
finding-risk-reasons = { $flagged_pairs ->
        [one] De redenen bij het ene koppel met hoog of gemiddeld risico: { $reasons }.
       *[other] De redenen die het vaakst terugkomen bij de { $flagged_pairs } koppels met hoog of gemiddeld risico: { $reasons }.
    }
finding-progression-mentoring = { $found ->
        [yes] Geteld vanaf hun eerste koppel worden gementorde mensen bevorderd met { $hazard_ratio } keer het tempo van anderen (Cox-model, { $level }%-BI { $ci_low }–{ $ci_high }).
       *[no] Er is geen verschil in promotietempo gevonden voor gementorde mensen, geteld vanaf hun eerste koppel (hazard ratio { $hazard_ratio }, Cox-model, { $level }%-BI { $ci_low }–{ $ci_high }).
    }
finding-progression-rate-ratio = { $found ->
        [yes] Promoties komen { $rate_ratio } keer zo vaak voor bij { $first } mensen als bij { $second }
       *[no] Er is geen verschil in promotietempo gevonden tussen { $first } mensen en { $second }
    } ({ $first_rate } tegen { $second_rate } per { $person_years } persoonsjaren{ $found ->
        [yes] {""}
       *[no] , rate ratio { $rate_ratio }
    }; { $level }%-BI { $ci_low }–{ $ci_high }).
finding-matching-feature = { $kind ->
        [same_department] Koppels waarvan de mentor op de afdeling van de mentee werkt, eindigen vroegtijdig met { $hazard_ratio } keer het tempo van anderen
        [same_location] Koppels waarvan de mentor op de locatie van de mentee werkt, eindigen vroegtijdig met { $hazard_ratio } keer het tempo van anderen
        [level_gap_against] Koppels met een niveauverschil van { $band } (tegen een verschil van { $reference }) eindigen vroegtijdig met { $hazard_ratio } keer het tempo
        [tenure_gap_years] Elk jaar dat de mentor langer in dienst is, vermenigvuldigt het tempo van vroegtijdig eindigen met { $hazard_ratio }
        [mentor_load] Elk ander koppel dat de mentor al heeft, vermenigvuldigt het tempo van vroegtijdig eindigen met { $hazard_ratio }
        [mentor_experience] Elk eerder koppel van de mentor vermenigvuldigt het tempo van vroegtijdig eindigen met { $hazard_ratio }
        [shared_interests] Volledige overlap van de interesses van de mentee en de vaardigheden van de mentor (tegen geen) vermenigvuldigt het tempo van vroegtijdig eindigen met { $hazard_ratio }
       *[other] { $term } vermenigvuldigt het tempo van vroegtijdig eindigen met { $hazard_ratio }
    } ({ $level }%-BI { $ci_low }–{ $ci_high }).
finding-matching-validation = Gefit op eerdere koppels rangschikt het matchingmodel welke van de { $test_pairs } koppels van vorig jaar vroegtijdig eindigen met een concordantie van { $concordance } ({ $chance } is toeval){ $trusted ->
        [yes] .
       *[no] : te dicht bij toeval om te vertrouwen, dus voorgestelde mentoren worden gescoord met de eenvoudige regel (een mentor één of twee niveaus hoger) en de koppelkenmerken hierboven zijn aanwijzingen, geen model.
    }

## Suggested mentors: each term of a suggestion, and why a mentee has none

term-text = { $term ->
        [same_department] { $yes ->
            [yes] zelfde afdeling
           *[no] verschillende afdelingen
        }
        [same_location] { $yes ->
            [yes] zelfde locatie
           *[no] verschillende locaties
        }
        [tenure_gap_years] de mentor is { $years } jaar langer in dienst
        [mentor_load] de mentor heeft nu { $value ->
            [one] { $value } ander koppel
           *[other] { $value } andere koppels
        }
        [mentor_experience] de mentor heeft al { $value ->
            [one] { $value } koppel
           *[other] { $value } koppels
        } begeleid
        [shared_interests] de interesses van de mentee en de vaardigheden van de mentor overlappen voor { $share }%
        [level_gap] { $yes ->
            [yes] { $gap ->
                [none] de mentor staat niet boven de mentee
                [one] de mentor staat 1 niveau hoger
                [three] de mentor staat 3 of meer niveaus hoger
               *[other] de mentor staat { $band } niveaus hoger
            }
           *[no] geen niveauverschil van { $band }
        }
       *[other] { $term }
    }
unmatched-not-employed = niet in dienst op as_of
unmatched-no-mentor = geen mentor in dienst met een vrije plek voldoet aan de voorwaarden
unmatched-slots-taken = de vrije plekken van alle geschikte mentoren gingen naar andere mentees, voor een hogere totaalscore

## Reasons a pair is at risk

reason-recency = geen gehouden sessie in { $since } dagen (ritme { $cadence })
reason-recency-never = geen gehouden sessie in de { $since } dagen sinds de start (ritme { $cadence })
reason-no-first-session = geen sessie gehouden in de { $age } dagen sinds de start (verwacht binnen { $limit })
reason-falling-trend = gehouden sessies dalen met { $slope } per maand over de laatste { $months } maanden
reason-cancellations = { $missed } van { $sessions } sessies in de laatste { $days } dagen afgezegd of gemist
reason-attendance-drop = { $now }% van de sessies in de laatste { $days } dagen gehouden, tegen { $before }% eerder
reason-initiative-drop = de mentee begon { $now }% van de recente sessies, tegen { $before }% eerder
reason-overdue-goals = { $overdue ->
        [one] { $overdue } doel over de deadline
       *[other] { $overdue } doelen over de deadline
    }
reason-stalled-goals = { $stalled ->
        [one] { $stalled } open doel
       *[other] { $stalled } open doelen
    } zonder update in meer dan { $limit } dagen
reason-low-rating = de { $side ->
        [mentor] mentor
       *[mentee] mentee
    } beoordeelde het koppel met { $rating } van 5 in de laatste { $days } dagen
reason-falling-rating = beoordelingen daalden van { $before } naar { $now }
reason-one-sided = de { $side ->
        [mentor] mentor
       *[mentee] mentee
    } begon { $share }% van de laatste { $sessions } sessies
reason-mentee-exit-risk = het vertrekrisico van de mentee is { $relative }× het gemiddelde

## Which risk weights were used, and why

auc-none = geen
weights-default = de gedocumenteerde standaardgewichten
weights-learn-off = learn is false: de gedocumenteerde standaardgewichten
weights-learned = geleerd uit { $closed } afgesloten koppels
weights-config = de in config gezette gewichten worden gebruikt zoals gegeven
weights-no-replay = te weinig koppels waren een jaar vóór as_of afgesloten om geleerde gewichten op het jaar erna te toetsen (minstens { $needed } met beide uitkomsten), dus de standaardgewichten worden gebruikt
weights-replay-learned = bij het naspelen van het afgelopen jaar rangschikten gewichten geleerd uit de eerder afgesloten koppels de vroegtijdig beëindigde koppels beter (AUC { $learned }) dan de standaardgewichten ({ $default })
weights-replay-default = bij het naspelen van het afgelopen jaar rangschikten de geleerde gewichten (AUC { $learned }) de vroegtijdig beëindigde koppels niet beter dan de standaardgewichten ({ $default }), dus die worden gebruikt

## Warnings

warning-locale-unsupported = taal '{ $locale }' wordt niet ondersteund, dus de zinnen zijn in het Engels (ondersteund: { $supported })
warning-after-as-of-rows = rijen gedateerd na as_of { $as_of } weggelaten ({ $counts })
warning-after-as-of-dates = { $cleared ->
        [one] { $cleared } vertrek-, eind- of afrondingsdatum
       *[other] { $cleared } vertrek-, eind- of afrondingsdata
    } na as_of { $as_of } behandeld als nog niet gebeurd
warning-after-as-of-both = rijen gedateerd na as_of { $as_of } weggelaten ({ $counts }); { $cleared ->
        [one] { $cleared } vertrek-, eind- of afrondingsdatum
       *[other] { $cleared } vertrek-, eind- of afrondingsdata
    } daarna behandeld als nog niet gebeurd
warning-as-of-after-data = as_of { $as_of } ligt na de laatste datum in de gegevens ({ $latest }): koppels en doelen die toen nog open waren, tellen tot as_of als open
warning-no-goals = vóór as_of zijn geen doelen aangemaakt
warning-no-exits = geen vertrek vóór as_of: de percentages zijn 0 en geen toets of model kan worden berekend
warning-not-fitted = { $what }: { $error }
warning-not-computed = { $what }: { $error }
warning-analysis-unavailable = { $analysis }: { $error }
warning-suggest-near-chance = suggest: deze geschiedenis voorspelt nauwelijks beter dan toeval welke koppels vroegtijdig eindigen (concordantie { $concordance } op de koppels van vorig jaar, waar { $chance } toeval is en { $needed } nodig is); { $rule }
warning-suggest-too-few = suggest: { $closed ->
        [one] { $closed } afgesloten koppel is te weinig
       *[other] { $closed } afgesloten koppels zijn te weinig
    } om van te leren (minstens { $needed }); { $rule }
warning-suggest-not-fitted = suggest: het matchingmodel kon niet worden gefit ({ $error }); { $rule }
warning-weights-truncated = propensityweging: { $trimmed ->
        [one] { $trimmed } extreem gewicht afgekapt
       *[other] { $trimmed } extreme gewichten afgekapt
    } op het 1e en 99e percentiel
warning-imbalanced = propensityweging: na weging nog onevenwichtig (gestandaardiseerd verschil boven { $limit }): { $covariates }; de gewogen vergelijking is daar niet voor gecorrigeerd
warning-risk-no-exit-model = risk: er kon geen vertrekmodel worden gefit, dus het vertrekrisico van de mentee is geen signaal
warning-risk-too-few = risk: leren vraagt minstens { $needed } afgesloten koppels met beide uitkomsten ({ $closed } afgesloten, { $early } vroegtijdig beëindigd); de standaardgewichten worden gebruikt
warning-risk-learning-failed = risk: leren is mislukt ({ $error }); de standaardgewichten worden gebruikt
warning-rows-left-out = Cox-model: { $left_out ->
        [one] { $left_out } persoon zonder waarde voor elke covariaat ({ $covariates }) wordt weggelaten
       *[other] { $left_out } mensen zonder waarde voor elke covariaat ({ $covariates }) worden weggelaten
    }
warning-immortal-time = immortal-time bias: de naïeve hazard ratio 'ooit gementord' ({ $naive }) wijkt af van de tijdsafhankelijke ({ $time_varying }); mensen moesten { $survived } tot hun mentoring begon, dus het naïeve model schrijft die tijd aan mentoring toe
warning-numbers-read = { $table }: de waarden van '{ $column }' worden als getallen gelezen ({ $kind ->
        [written] '{ $example }' als { $value }
        [marker] '{ $marker }' als geen waarde
       *[both] '{ $example }' als { $value }, '{ $marker }' als geen waarde
    })
warning-numbers-ambiguous = { $table }: de waarden van '{ $column }' lijken getallen, maar '{ $example }' kan { $point } of { $comma } zijn, en niets zegt welke; de kolom wordt als tekst gelezen (schrijf de getallen zonder scheidingstekens voor duizendtallen om ze als getallen te laten lezen)
warning-column-unused = { $table }: er is geen kolom { $column }, maar '{ $header }' lijkt erop en { $kept ->
        [attribute] wordt als kenmerk gelezen
       *[unread] wordt niet gelezen
    }; noem hem in de columns van de mapping ({"{"} "{ $column }": "{ $header }" {"}"}) of hernoem de kolomkop
warning-odd-rows = { $table }: { $count ->
        [one] { $count } rij
       *[other] { $count } rijen
    } { $what ->
        [exit-type] met een exit_type maar zonder exit_date (de exit_type wordt genegeerd)
        [pair-outside-employment] die beginnen vóór de indiensttreding van mentor of mentee, of nadat een van beiden vertrok
        [outside-pair] gedateerd buiten de start- en einddatum van hun koppel
        [completed-without-date] met status 'completed' maar zonder completed_date, dus zonder tijd tot afronding
        [date-without-completed] met een completed_date maar een andere status dan 'completed' (de status geldt)
       *[due-before-created] die vervallen voordat ze zijn aangemaakt
    } (eerste: rij { $first })
warning-groups-suppressed = { $what ->
        [programs] { $hidden ->
            [one] { $hidden } programma
           *[other] { $hidden } programma's
        }
        [curves] { $hidden ->
            [one] { $hidden } mentoringstatuscurve
           *[other] { $hidden } mentoringstatuscurves
        }
        [weighting] { $hidden ->
            [one] { $hidden } groep van de propensityweging
           *[other] { $hidden } groepen van de propensityweging
        }
       *[groups] { $hidden ->
            [one] { $hidden } groep
           *[other] { $hidden } groepen
        }
    } met minder dan { $min } { $unit ->
        [pairs] koppels
       *[people] mensen
    } { $hidden ->
        [one] wordt
       *[other] worden
    } verborgen (privacy), en geen vergelijking waarbij ze betrokken zijn wordt gerapporteerd

## Files that fed no table

unused-not-a-table-file = geen CSV-, TSV-, JSON- of XLSX-bestand
unused-file-name = de naam is die van geen tabel ({ $tables }); noem het in tables.<table>.file van de mapping
unused-sheet-name = de naam is die van geen tabel; noem het in tables.<table>.sheet van de mapping

## Errors a user can cause

problem-invalid-value = { $table } rij { $row }, kolom '{ $column }': '{ $value }' is geen { $expected }
problem-missing-value = { $table } rij { $row }, kolom '{ $column }': een waarde is verplicht maar de cel is leeg
problem-missing-column = { $table }: verplichte kolom '{ $column }' ontbreekt (gevonden: { $found })
problem-missing-column-like = { $table }: verplichte kolom '{ $column }' ontbreekt (gevonden: { $found }); '{ $header }' lijkt erop: noem hem in de columns van de mapping ({"{"} "{ $column }": "{ $header }" {"}"}) of hernoem de kolomkop
problem-no-columns = geen kolommen
problem-duplicate-id = { $table } rij { $row }, kolom '{ $column }': '{ $value }' komt dubbel voor (eerst in rij { $first_row })
problem-unknown-id = { $table } rij { $row }, kolom '{ $column }': '{ $value }' bestaat niet in { $target }
problem-end-before-start = { $table } rij { $row }, kolom '{ $column }': '{ $value }' ligt vóór { $start_column } '{ $start_value }'
problem-malformed = { $table }: { $detail }
problem-malformed-row = { $table } rij { $row }: { $detail }
error-problems-header = { $count } problemen in de invoer:
error-problems = { $count } problemen in de invoer: { $problems }
error-usage = { $detail }
error-more-problems = … en nog { $more }
error-missing-table = { $analysis } heeft de tabel { $table } nodig, die niet is geladen{ $table ->
        [requests] {" "}(of genoemde mentees: --mentees, JS { "{" } mentees { "}" })
       *[other] {""}
    }
error-insufficient-data = { $method } heeft { $needed } nodig, kreeg: { $got }
error-not-converged = { $method } is niet geconvergeerd: { $detail }
error-file = { $action ->
        [create] kan { $path } niet aanmaken: { $detail }
        [write] kan { $path } niet schrijven: { $detail }
       *[read] kan { $path } niet lezen: { $detail }
    }
error-sql = SQL: { $detail }

## The CLI's text report

text-report-title = Rapport van het mentoringprogramma per { $as_of } ({ $rows }; groepen onder { $min } worden verborgen)
text-not-read = niet gelezen: { $file } ({ $why })
text-findings = Wat de cijfers zeggen
text-nothing-stands-out = niets valt op
text-goals = Doelen
text-engagement = Betrokkenheid (per { $period })
text-retention = Behoud (vertrek: { $exits ->
    [voluntary] vrijwillige
   *[other] alle
}, naar { $by })
text-retention-everyone = Behoud (vertrek: { $exits ->
    [voluntary] vrijwillige
   *[other] alle
})
text-risk = Koppels met risico
text-progression = Loopbaan (naar { $by })
text-matching = Matching ({ $pairs ->
        [one] { $pairs } koppel
       *[other] { $pairs } koppels
    }, { $early } vroegtijdig beëindigd)
text-warnings = Waarschuwingen ({ $count })
text-suggest = Voorgestelde mentoren (model: { $model ->
    [cox] Cox
   *[rule] regel
}; totale score { $total } tegen { $greedy } op volgorde van binnenkomst)
text-percent = { $value }%
text-days = { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    }
text-not-reached = niet bereikt
text-suppressed = verborgen
text-month = maand
text-week = week
text-goals-line = { $goals ->
        [one] { $goals } doel
       *[other] { $goals } doelen
    } in { $pairs ->
        [one] { $pairs } koppel
       *[other] { $pairs } koppels
    }: behaald { $completed } · op tijd { $on_time } · mediane tijd tot afronding { $median } (kwartielen { $q25 }, { $q75 }) · { $overdue } over de deadline, { $stalled } stilgevallen
text-goal-ids = (ids van de verlopen en stilgevallen doelen: --format json)
text-trend = { $slope }/maand (p { $p })
text-pairs-active = { $pairs ->
        [one] { $pairs } koppel
       *[other] { $pairs } koppels
    }, { $active } actief
text-pairs-all-active = { $active ->
        [one] { $active } actief koppel
       *[other] { $active } actieve koppels
    }
text-pairs-more = (de cijfers van elk koppel: --format json)
text-counted-from-first-pair = geteld vanaf het eerste koppel van elke persoon (Simon-Makuch; de groepen daarna zijn ooit gementord of nooit: de naïeve vergelijking):
text-chi-square = chi-kwadraat { $statistic } (p { $p })
text-risk-ratio = relatief risico { $ratio } · Fisher p { $p }
text-logrank = log-rank { $statistic } (p { $p })
text-cox-title = { $title } ({ $subjects }, { $events ->
        [one] { $events } gebeurtenis
       *[other] { $events } gebeurtenissen
    }):
text-cox-title-concordance = { $title } ({ $subjects }, { $events ->
        [one] { $events } gebeurtenis
       *[other] { $events } gebeurtenissen
    }, concordantie { $concordance }):
text-cox-mentoring = Cox-model, mentoring { $exposure ->
    [ever] ooit gementord (naïef)
    [landmark] vanaf een peildatum
   *[other] tijdsafhankelijk
}
text-cox-naive = naïef Cox-model (ooit gementord)
text-cox-promotion = Cox-model van promotie, mentoring { $exposure ->
    [ever] ooit gementord (naïef)
    [landmark] vanaf een peildatum
   *[other] tijdsafhankelijk
}
text-cox-matching = Cox-model van vroegtijdig eindigen op de kenmerken van het koppel bij de start
text-correlates = sterkste samenhang met vertrek:
text-drivers = wie vertrekt ({ $tested ->
        [one] het enige geteste kenmerk
       *[other] de sterkste van de { $tested } geteste kenmerken, p gecorrigeerd
    }):
text-per-unit = hazard ratio { $ratio } { $unit ->
        [step] per stap
        [year] per jaar
        [thousand] per 1.000
       *[sd] per SD ({ $sd })
    }
text-risk-levels = { $high } hoog, { $medium } gemiddeld, { $low } laag (model: { $model ->
    [learned] geleerde logistische regressie
   *[default] standaardgewichten (noisy-OR)
})
text-weights = { $used ->
        [learned] geleerde
       *[default] standaard
    } gewichten: { $reason }
text-level = { $level ->
        [high] hoog
        [medium] gemiddeld
       *[low] laag
    }
text-rate-ratio = rate ratio { $ratio }
text-promoted-by = 25% / 50% / 75% bevorderd na: { $groups }
text-validation = validatie: concordantie { $concordance } op de { $test } koppels van vorig jaar (gefit op de { $train } ervoor; { $chance } is toeval)
text-matching-more = (percentages vroegtijdig eindigen en behaalde doelen per kenmerkniveau: --format json of --full)
text-unmatched = niet gekoppeld { $mentee }: { $why }
text-pair-sessions = koppel { $pair }: sessies per { $period }
col-period = periode
text-risk-eval = Naspelingen van de risicodetector (positieven: koppels die binnen de horizon vroegtijdig eindigden)
text-risk-eval-generated = seed { $seed }, { $people ->
        [one] { $people } persoon
       *[other] { $people } personen
    }
text-risk-eval-run = { $source }: { $dates } peildata, { $samples } koppel-dagen, { $positives } positieven ({ $early } koppels vroegtijdig beëindigd)
# The scorers a replay measures: the detector, and a rule flagging a pair after so many days.
risk-eval-detector = detector
risk-eval-baseline = { $days ->
        [one] { $days } dag zonder gehouden sessie
       *[other] { $days } dagen zonder gehouden sessie
    }
col-method = methode
col-auc = AUC
col-precision-at-k = precisie bij k
col-lead-days = mediane voorsprong (dagen)
col-flagged-share = gemarkeerd
col-severity = gewicht
col-finding = bevinding
col-group = groep
col-goals = doelen
col-completed = behaald
col-on-time = op tijd
col-program = programma
col-pairs = koppels
col-active = actief
col-held = gehouden
col-cancelled = afgezegd
col-no-show = niet verschenen
col-adherence = ritmetrouw
col-trend = gehouden per actief koppel, trend
col-mentored = gementord
col-people = mensen
col-exits = vertrekken
col-exit-rate = vertrekpercentage
col-left-by = 25% / 50% / 75% vertrokken na
col-term = term
col-hazard-ratio = hazard ratio (95%-BI)
col-p = p
col-feature = kenmerk
col-r = r
col-n = n
col-attribute = kenmerk
col-p-adjusted = p gecorrigeerd
col-pair = koppel
col-score = score
col-level = niveau
col-reasons = redenen
col-person-years = persoonsjaren
col-promotions = promoties
col-per-100 = per 100 persoonsjaren (95%-BI)
col-mentee = mentee
col-mentor = mentor
col-alternatives = alternatieven

## What a cell should have been, and what is wrong with a file

expected-date = datum (verwacht JJJJ-MM-DD)
expected-date-format = datum (verwacht { $format } of JJJJ-MM-DD)
expected-not-recoded = { $expected }, en values.{ $column } van de mapping hercodeert het niet
expected-one-of = waarde uit { $values }
expected-days = geheel aantal dagen > 0
expected-minutes = aantal minuten ≥ 0
expected-percent = getal van 0 tot 100
expected-rating = beoordeling van 1 tot 5
expected-capacity = geheel aantal mentees van 0 tot 1000
expected-list = lijst van hoogstens 100 items gescheiden door ';'
expected-other-person = ander persoon dan mentor_id
expected-before-exit = datum op of vóór de exit_date van de persoon, { $exit }
origin-file = { $file }
origin-sheet = { $file }, blad '{ $sheet }'
origin-unnamed = het bestand
detail-example = rij { $row }: '{ $value }'
detail-dates-one-format = kolom '{ $column }': { $count ->
        [one] { $count } datum lijkt op
       *[other] { $count } datums lijken op
    } { $format } ({ $examples }); zet de date_format van de mapping op '{ $format }'
detail-dates-two-formats = kolom '{ $column }': { $count ->
        [one] { $count } datum lijkt op
       *[other] { $count } datums lijken op
    } { $format } of { $other } ({ $examples }); zeg met de date_format van de mapping welke
detail-dates-no-format = kolom '{ $column }': { $count ->
        [one] { $count } waarde is geen datum
       *[other] { $count } waarden zijn geen datums
    } in JJJJ-MM-DD of in één ander formaat ({ $examples }, ...)
detail-spelt-otherwise = kolom '{ $column }': '{ $value }' in { $rows ->
        [one] { $rows } rij
       *[other] { $rows } rijen
    } (eerste: rij { $first }) is geen { $expected }; hercodeer het in values.{ $column } van de mapping
detail-dangling = kolom '{ $column }': { $count } ids bestaan niet in { $target } ({ $examples }, ...); is dit de kolom met de ids van { $target }, en zijn ze in beide bestanden hetzelfde gespeld?
detail-empty-csv = het bestand is leeg (verwacht een kopregel)
detail-ragged = { $width ->
        [one] heeft { $width } veld,
       *[other] heeft { $width } velden,
    } maar de kopregel heeft er { $header }{ $hint }
detail-other-delimiter = {" "}(het bestand wordt gesplitst op { $used ->
        [tab] tabs
       *[other] { $used }
    }, maar de regels lijken gescheiden door { $delimiter ->
        [tab] tabs
       *[other] { $delimiter }
    }: stel de delimiter van de mapping in)
detail-no-such-path = bestand of map bestaat niet
detail-permission-denied = geen toestemming
detail-system = { $error }
detail-not-utf8 = is geen geldige UTF-8-tekst (sla het bestand op als UTF-8)
detail-header-not-utf8 = kopkolom { $column } is geen geldige UTF-8-tekst
detail-field-not-utf8 = veld { $column } is geen geldige UTF-8-tekst (sla het bestand op als UTF-8)
detail-empty-json = het bestand is leeg (verwacht een JSON-array van objecten)
detail-not-json = is geen geldige JSON ({ $error })
detail-not-utf8-at = is geen geldige UTF-8-tekst vanaf byte { $byte } (sla het bestand op als UTF-8)
detail-not-array = verwacht een array van objecten, één per rij
detail-not-object = is geen object
detail-nested = veld '{ $field }' bevat een geneste array of een genest object (verwacht tekst, een getal of null)
detail-not-spreadsheet = is geen leesbare spreadsheet ({ $error })
detail-sheet-unreadable = blad '{ $sheet }' kan niet worden gelezen ({ $error })
detail-first-sheet-unreadable = het eerste blad kan niet worden gelezen ({ $error })
detail-no-sheets = de werkmap heeft geen bladen
detail-header-unnamed = kopkolom { $column } heeft geen naam
detail-header-twice = kolom '{ $header }' komt twee keer voor (kopkolommen { $first } en { $second })
detail-one-column = de kopregel is één kolom, '{ $header }': het bestand lijkt gescheiden door { $delimiter ->
        [tab] tabs
       *[other] { $delimiter }
    }, niet door komma's (stel de delimiter van de mapping in)
detail-undescribed = kolom '{ $column }' wordt gelezen als een soort die de beschrijving niet geeft (een fout in het programma)
detail-mapped-header-missing = columns.{ $column } van de mapping noemt de kolomkop '{ $header }', die { $origin } niet heeft (de kolomkoppen: { $headers })
detail-mapping-too-big = is { $size } MB; een mapping is een paar KB (hoogstens 1 MB)
detail-mapping-invalid = is geen geldige mapping ({ $error })
detail-mapping-unknown-table = onbekende tabel '{ $table }' in tables (verwacht een van: { $tables })
detail-mapping-date-format = { $at } '{ $format }' is geen datumformaat (schrijf het met YYYY, MM of M, DD of D en scheidingstekens, bv. M/D/YYYY of DD.MM.YYYY)
detail-mapping-delimiter = { $at } '{ $delimiter }' is geen scheidingsteken (verwacht ",", ";", "\t" of "|")
detail-mapping-unknown-column = { $at } noemt '{ $key }', wat geen kolom van { $table } is (de kolommen: { $columns })
detail-mapping-empty-header = { $at } koppelt { $column } aan een lege kolomkop
detail-mapping-header-twice = { $at } koppelt zowel { $first } als { $column } aan de kolomkop '{ $header }' (één kolomkop voedt één kolom)
detail-mapping-recode = { $at } hercodeert '{ $from }' naar '{ $to }', wat geen van { $values } is (of "" voor leeg)
detail-file-not-given = tables.{ $table }.file noemt '{ $file }', dat niet is meegegeven (bestanden: { $files })
detail-sheet-not-given = tables.{ $table }.sheet noemt '{ $sheet }', dat geen meegegeven werkmap heeft
detail-two-candidates = zowel { $first } als { $second } kan de tabel { $table } zijn; noem er een in tables.{ $table }.file
detail-one-place-two-tables = { $place } is opgegeven voor zowel { $first } als { $table } (één bestand of blad voedt één tabel)
detail-none-given = geen
detail-no-people = geen bestand is de tabel people (meegegeven: { $given }); noem het people.csv (of .tsv, .json, .xlsx), of stel tables.people.file van de mapping in
detail-not-a-workbook = tables.{ $table }.sheet noemt '{ $sheet }', maar { $file } is geen werkmap
detail-no-such-sheet = tables.{ $table }.sheet noemt '{ $sheet }', dat { $file } niet heeft (de bladen: { $sheets })
detail-several-sheets = tables.{ $table }.file is een werkmap met meerdere bladen ({ $sheets }); noem er een in tables.{ $table }.sheet

## Charts and the page a report is handed on as

chart-goals-open = Nog open doelen, per dagen sinds ze zijn gesteld (Kaplan-Meier)
chart-still-open = nog open
chart-held = Gehouden sessies per programma
chart-retention-honest = Nog in dienst, per dagen sinds indiensttreding, iedereen gementord vanaf het eerste koppel (Simon-Makuch)
chart-retention-groups = Nog in dienst, per dagen sinds indiensttreding, naar { $by } (Kaplan-Meier)
chart-retention-everyone = Nog in dienst, per dagen sinds indiensttreding (Kaplan-Meier)
chart-risk = Risicoscore van de hoogst scorende actieve koppels
chart-promotion-hr = Hazard ratio van promotie (95%-BI; boven 1: eerder bevorderd)
chart-matching-hr = Hazard ratio van vroegtijdig eindigen per koppelkenmerk (95%-BI; onder 1: koppels houden stand)
html-generated = Berekend door mentor-insights { $version } waar de gegevens zijn; niets op deze pagina is ergens naartoe gestuurd.
html-severity = { $severity ->
        [warning] actie
        [notice] let op
       *[info] context
    }
html-footer = mentor-insights { $version } · groepen onder de minimale groepsgrootte worden verborgen · elk getal hierboven volgt de methode hieronder
html-methods = Hoe de cijfers zijn gevonden
html-method-privacy = Privacy: een groep kleiner dan de minimale groepsgrootte wordt niet getoond, en de volgende kleinste ook niet als die hem zou verraden; geen vergelijking met een verborgen groep wordt gerapporteerd.
html-method-goals = Doelen: behaal- en op-tijdpercentages met Wilson-95%-intervallen; tijd tot afronding volgens Kaplan-Meier, open doelen alleen geteld voor de tijd die ze hadden.
html-method-engagement = Betrokkenheid: gehouden, afgezegde en gemiste sessies per koppel en programma; trends van gehouden sessies per actief koppel met Theil-Sen-hellingen en Mann-Kendall-toetsen.
html-method-retention = Behoud: vertrekpercentages met Wilson-intervallen, Kaplan-Meier-curves en log-ranktoetsen per groep; een Cox-model (Efron) waarin iemand gementord telt vanaf het eerste koppel (tijdsafhankelijk), naast het naïeve model 'ooit gementord'; Simon-Makuch-curves; kenmerken geordend op Benjamini-Hochberg-gecorrigeerde p-waarden. Het zijn samenhangen, geen bewijs van oorzaak.
html-method-risk = Koppels met risico: elk signaal wordt gescoord op hoe ver het voorbij de drempel is; de score combineert de signalen met standaard- of geleerde gewichten (alle ≥ 0, dus elke reden verhoogt de score).
html-method-progression = Loopbaan: promoties per 100 persoonsjaren met exacte intervallen, de persoonstijd gesplitst bij het eerste koppel; de rate ratio; een tijdsafhankelijk Cox-model van de eerste promotie.
html-method-matching = Matching: een Cox-model van vroegtijdig eindigen op de kenmerken van het koppel bij de start, gevalideerd op de koppels van vorig jaar (concordantie; 0,5 is toeval).
html-method-findings = Bevindingen: een verschil wordt alleen genoemd als het 95%-interval geen effect uitsluit; waar een regel veel groepen of kenmerken toetst, worden de p-waarden samen gecorrigeerd (Benjamini-Hochberg).
