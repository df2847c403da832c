# mentor-insights — español. Cada frase que escribe el núcleo (SPEC §4.8 «Language»).
# Los marcadores ({ $name }) son los números y nombres de la frase; el código da formato a los números.

## Phrases used inside other sentences

p-below = p < { $p_below }
p-value = p = { $p_value }
list-separator = ,{" "}
clause-separator = ;{" "}
nothing-else = nada más
mentored-people = mentorizadas
other-people = las demás
survived-employed = seguir en la empresa
survived-unpromoted = seguir sin ascenso
suggest-rule = la regla «diferencia de nivel 1–2» puntúa a los candidatos
table-rows = { $table ->
    [people] { $count ->
        [one] { $count } persona
       *[other] { $count } personas
    }
    [pairs] { $count ->
        [one] { $count } pareja
       *[other] { $count } parejas
    }
    [sessions] { $count ->
        [one] { $count } sesión
       *[other] { $count } sesiones
    }
    [goals] { $count ->
        [one] { $count } objetivo
       *[other] { $count } objetivos
    }
    [feedback] { $count ->
        [one] { $count } valoración
       *[other] { $count } valoraciones
    }
    [promotions] { $count ->
        [one] { $count } ascenso
       *[other] { $count } ascensos
    }
    [requests] { $count ->
        [one] { $count } solicitud
       *[other] { $count } solicitudes
    }
   *[other] { $count } { $table }
}
group-mentored = mentorizadas
grouping-mentored = mentoría
group-others = las demás
group-everyone = todos

signal-recency = ninguna sesión reciente
signal-no_first_session = aún sin primera sesión
signal-falling_trend = menos sesiones mes a mes
signal-cancellations = sesiones canceladas o perdidas
signal-attendance_drop = más sesiones perdidas que antes
signal-initiative_drop = la persona mentorizada organiza menos reuniones
signal-overdue_goals = objetivos vencidos
signal-stalled_goals = objetivos estancados
signal-low_rating = valoraciones bajas
signal-falling_rating = valoraciones en descenso
signal-one_sided = una sola parte organiza cada reunión
signal-mentee_exit_risk = el riesgo de salida de la persona mentorizada
reason-count = { $reason } ({ $pairs ->
        [one] { $pairs } pareja
       *[other] { $pairs } parejas
    })

model-cox = modelo de Cox
model-naive-cox = modelo de Cox ingenuo
model-weighted-cox = modelo de Cox ponderado
model-landmark-cox = modelo de Cox landmark
model-propensity = modelo de propensión
model-matching = modelo de emparejamiento
test-group-comparison = comparación de grupos
test-logrank = prueba log-rank
test-rate-ratio = razón de tasas

## Findings

finding-goals-completion = Se completó el { $completed_pct } % de { $goals ->
        [one] { $goals } objetivo
       *[other] { $goals } objetivos
    } (IC del { $level } % { $ci_low_pct }–{ $ci_high_pct } %){ $extent ->
        [open] ; { $open ->
            [one] { $open } sigue abierto
           *[other] { $open } siguen abiertos
        } y, contando cada objetivo solo por el tiempo que ha tenido, el { $within_pct } % ({ $within_low_pct }–{ $within_high_pct } %) se completa en los { $window_days } días siguientes a fijarse.
        [young] ; { $open ->
            [one] { $open } sigue abierto
           *[other] { $open } siguen abiertos
        } y, contando cada objetivo solo por el tiempo que ha tenido, el { $within_pct } % ({ $within_low_pct }–{ $within_high_pct } %) se completa en los { $window_days } días siguientes a fijarse; la mayoría de los objetivos aún son recientes, así que la proporción completada hasta ahora lo subestima.
       *[none] .
    }
finding-goals-open-items = En las parejas activas, { $overdue ->
        [one] { $overdue } objetivo abierto ha pasado su fecha límite
       *[other] { $overdue } objetivos abiertos han pasado su fecha límite
    } y { $stalled ->
        [one] { $stalled } no se ha
       *[other] { $stalled } no se han
    } actualizado en más de { $stalled_days } días.
finding-goals-program = La consecución de objetivos en { $program } ({ $completed_pct } %, IC del { $level } % { $ci_low_pct }–{ $ci_high_pct } %) es { $direction ->
        [lower] más baja
       *[higher] más alta
    } que en los demás programas ({ $rest_pct } %, { $rest_ci_low_pct }–{ $rest_ci_high_pct } %).
finding-engagement-not-meeting = { $pairs ->
        [one] { $pairs } de { $active_pairs } parejas activas no se ha reunido
       *[other] { $pairs } de { $active_pairs } parejas activas no se han reunido
    } en más del doble de su frecuencia acordada.
finding-engagement-trend = Las sesiones celebradas por pareja activa en { $program } { $direction ->
        [falling] bajan
       *[rising] suben
    } { $sessions_per_month } al mes a lo largo de { $months } meses (Mann-Kendall { $p }, ajustado por los programas comparados).
finding-retention-mentoring = { $found ->
        [yes] Las personas mentorizadas se van a { $hazard_ratio } veces la tasa de las demás (IC del { $level } % { $ci_low }–{ $ci_high })
       *[no] No se encontró diferencia en las salidas entre las personas mentorizadas y las demás (hazard ratio { $hazard_ratio }, IC del { $level } % { $ci_low }–{ $ci_high })
    }{ $time_varying ->
        [yes] , contando a cada persona como mentorizada desde su primera pareja
       *[no] {""}
    }{ $naive_reading ->
        [overstates] ; la comparación ingenua «alguna vez mentorizada» ({ $naive_hazard_ratio }) lo sobrestima, porque atribuye a la mentoría el tiempo anterior a la primera pareja de una persona
        [understates] ; la comparación ingenua «alguna vez mentorizada» ({ $naive_hazard_ratio }) lo subestima, porque atribuye a la mentoría el tiempo anterior a la primera pareja de una persona
       *[none] {""}
    }. Se basa en { $people } personas y { $exits ->
        [one] { $exits } salida
       *[other] { $exits } salidas
    }, está ajustado por { $adjusted_for } y es una asociación, no una prueba de que la mentoría lo cause.
finding-retention-driver = { $unit ->
        [text] Las personas con { $attribute } { $level } se fueron en un { $share } % ({ $share_low }–{ $share_high } %), frente a un { $other_share } % ({ $other_share_low }–{ $other_share_high } %) con { $other_level }
        [step] Cada nivel más de { $attribute } va con { $hazard_ratio } veces la tasa de salida (IC del { $level } % { $ci_low }–{ $ci_high })
        [year] Cada año más de { $attribute } va con { $hazard_ratio } veces la tasa de salida (IC del { $level } % { $ci_low }–{ $ci_high })
        [thousand] Cada 1000 más de { $attribute } va con { $hazard_ratio } veces la tasa de salida (IC del { $level } % { $ci_low }–{ $ci_high })
       *[sd] Cada desviación típica ({ $unit_size }) más de { $attribute } va con { $hazard_ratio } veces la tasa de salida (IC del { $level } % { $ci_low }–{ $ci_high })
    }; { $n } personas, { $exits ->
        [one] { $exits } salida
       *[other] { $exits } salidas
    }; una asociación, no ajustada por otros atributos ({ $p } { $tested ->
        [one] en el único atributo probado
       *[other] entre los { $tested } atributos probados
    }).
finding-retention-logrank = El tiempo hasta la salida difiere entre los { $groups } grupos de { $by } (log-rank χ² { $statistic }, { $p }).
finding-retention-correlate = De los atributos y rasgos de mentoría medidos, { $feature } es el más asociado a la salida: valores más altos van con { $direction ->
        [more] más
       *[fewer] menos
    } salidas (r = { $r }, n = { $n }, { $p }).
finding-risk-levels = { $high ->
        [one] { $high } de { $active_pairs } parejas activas tiene
       *[other] { $high } de { $active_pairs } parejas activas tienen
    } un riesgo alto de terminar antes de tiempo y { $medium } un riesgo medio.
finding-risk-reasons = { $flagged_pairs ->
        [one] Los motivos de la única pareja con riesgo alto o medio: { $reasons }.
       *[other] Los motivos más frecuentes entre las { $flagged_pairs } parejas con riesgo alto o medio: { $reasons }.
    }
finding-progression-mentoring = { $found ->
        [yes] Contando desde su primera pareja, las personas mentorizadas ascienden a { $hazard_ratio } veces la tasa de las demás (modelo de Cox, IC del { $level } % { $ci_low }–{ $ci_high }).
       *[no] No se encontró diferencia en la tasa de ascensos de las personas mentorizadas, contando desde su primera pareja (hazard ratio { $hazard_ratio }, modelo de Cox, IC del { $level } % { $ci_low }–{ $ci_high }).
    }
finding-progression-rate-ratio = { $found ->
        [yes] Los ascensos son { $rate_ratio } veces más frecuentes en las personas { $first } que en { $second }
       *[no] No se encontró diferencia en las tasas de ascenso entre las personas { $first } y { $second }
    } ({ $first_rate } frente a { $second_rate } por { $person_years } años-persona{ $found ->
        [yes] {""}
       *[no] , razón de tasas { $rate_ratio }
    }; IC del { $level } % { $ci_low }–{ $ci_high }).
finding-matching-feature = { $kind ->
        [same_department] Las parejas cuyo mentor trabaja en el departamento de la persona mentorizada terminan antes a { $hazard_ratio } veces la tasa de las demás
        [same_location] Las parejas cuyo mentor trabaja en la sede de la persona mentorizada terminan antes a { $hazard_ratio } veces la tasa de las demás
        [level_gap_against] Las parejas con una diferencia de nivel de { $band } (frente a una diferencia de { $reference }) terminan antes a { $hazard_ratio } veces la tasa
        [tenure_gap_years] Cada año más de antigüedad del mentor multiplica la tasa de final temprano por { $hazard_ratio }
        [mentor_load] Cada pareja más que ya tiene el mentor multiplica la tasa de final temprano por { $hazard_ratio }
        [mentor_experience] Cada pareja anterior del mentor multiplica la tasa de final temprano por { $hazard_ratio }
        [shared_interests] La coincidencia total entre los intereses de la persona mentorizada y las habilidades del mentor (frente a ninguna) multiplica la tasa de final temprano por { $hazard_ratio }
       *[other] { $term } multiplica la tasa de final temprano por { $hazard_ratio }
    } (IC del { $level } % { $ci_low }–{ $ci_high }).
finding-matching-validation = Ajustado con parejas anteriores, el modelo de emparejamiento ordena cuáles de las { $test_pairs } parejas del último año terminan antes con una concordancia de { $concordance } ({ $chance } es el azar){ $trusted ->
        [yes] .
       *[no] : demasiado cerca del azar para fiarse, así que los mentores sugeridos se puntúan con la regla simple (un mentor uno o dos niveles por encima) y los rasgos de pareja de arriba son indicios, no un modelo.
    }

## Suggested mentors: each term of a suggestion, and why a mentee has none

term-text = { $term ->
        [same_department] { $yes ->
            [yes] mismo departamento
           *[no] departamentos distintos
        }
        [same_location] { $yes ->
            [yes] misma sede
           *[no] sedes distintas
        }
        [tenure_gap_years] el mentor lleva { $years } años más en la empresa
        [mentor_load] el mentor tiene ahora { $value ->
            [one] { $value } pareja más
           *[other] { $value } parejas más
        }
        [mentor_experience] el mentor ha acompañado { $value ->
            [one] { $value } pareja
           *[other] { $value } parejas
        } antes
        [shared_interests] los intereses de la persona mentorizada y las habilidades del mentor coinciden en un { $share } %
        [level_gap] { $yes ->
            [yes] { $gap ->
                [none] el mentor no está por encima de la persona mentorizada
                [one] el mentor está 1 nivel por encima
                [three] el mentor está 3 o más niveles por encima
               *[other] el mentor está { $band } niveles por encima
            }
           *[no] no es una diferencia de nivel de { $band }
        }
       *[other] { $term }
    }
unmatched-not-employed = no está en la empresa a as_of
unmatched-no-mentor = ningún mentor en la empresa con plaza libre cumple las condiciones
unmatched-slots-taken = las plazas libres de todos los mentores adecuados fueron para otras personas, por una puntuación total mayor

## Reasons a pair is at risk

reason-recency = ninguna sesión celebrada en { $since } días (frecuencia { $cadence })
reason-recency-never = ninguna sesión celebrada en los { $since } días desde el inicio (frecuencia { $cadence })
reason-no-first-session = ninguna sesión celebrada en los { $age } días desde el inicio (esperada en { $limit })
reason-falling-trend = sesiones celebradas bajando { $slope } al mes en los últimos { $months } meses
reason-cancellations = { $missed } de { $sessions } sesiones de los últimos { $days } días canceladas o perdidas
reason-attendance-drop = { $now } % de las sesiones celebradas en los últimos { $days } días, frente a { $before } % antes
reason-initiative-drop = la persona mentorizada inició el { $now } % de las sesiones recientes, frente al { $before } % antes
reason-overdue-goals = { $overdue ->
        [one] { $overdue } objetivo vencido
       *[other] { $overdue } objetivos vencidos
    }
reason-stalled-goals = { $stalled ->
        [one] { $stalled } objetivo abierto
       *[other] { $stalled } objetivos abiertos
    } sin actualizar en más de { $limit } días
reason-low-rating = { $side ->
        [mentor] el mentor
       *[mentee] la persona mentorizada
    } valoró la pareja con { $rating } de 5 en los últimos { $days } días
reason-falling-rating = las valoraciones bajaron de { $before } a { $now }
reason-one-sided = { $side ->
        [mentor] el mentor
       *[mentee] la persona mentorizada
    } inició el { $share } % de las últimas { $sessions } sesiones
reason-mentee-exit-risk = el riesgo de salida de la persona mentorizada es { $relative } veces la media

## Which risk weights were used, and why

auc-none = ninguno
weights-default = los pesos por defecto documentados
weights-learn-off = learn es false: los pesos por defecto documentados
weights-learned = aprendidos de { $closed } parejas cerradas
weights-config = los pesos fijados en config se usan tal cual
weights-no-replay = demasiado pocas parejas se habían cerrado un año antes de as_of para probar pesos aprendidos en el año siguiente (al menos { $needed } con ambos resultados), así que se usan los pesos por defecto
weights-replay-learned = al repetir el último año, los pesos aprendidos de las parejas cerradas antes ordenaron mejor las parejas que terminaron antes (AUC { $learned }) que los pesos por defecto ({ $default })
weights-replay-default = al repetir el último año, los pesos aprendidos (AUC { $learned }) no ordenaron mejor las parejas que terminaron antes que los pesos por defecto ({ $default }), así que se usan estos

## Warnings

warning-locale-unsupported = el idioma «{ $locale }» no es compatible, así que las frases están en inglés (compatibles: { $supported })
warning-after-as-of-rows = se omitieron las filas con fecha posterior a as_of { $as_of } ({ $counts })
warning-after-as-of-dates = { $cleared ->
        [one] { $cleared } fecha de salida, fin o finalización posterior a as_of { $as_of } se trata como aún no ocurrida
       *[other] { $cleared } fechas de salida, fin o finalización posteriores a as_of { $as_of } se tratan como aún no ocurridas
    }
warning-after-as-of-both = se omitieron las filas con fecha posterior a as_of { $as_of } ({ $counts }); { $cleared ->
        [one] { $cleared } fecha de salida, fin o finalización posterior se trata como aún no ocurrida
       *[other] { $cleared } fechas de salida, fin o finalización posteriores se tratan como aún no ocurridas
    }
warning-as-of-after-data = as_of { $as_of } es posterior a la última fecha de los datos ({ $latest }): las parejas y objetivos aún abiertos entonces cuentan como abiertos hasta as_of
warning-no-goals = no se creó ningún objetivo antes de as_of
warning-no-exits = ninguna salida antes de as_of: las tasas son 0 y no se puede calcular ninguna prueba ni modelo
warning-not-fitted = { $what }: { $error }
warning-not-computed = { $what }: { $error }
warning-analysis-unavailable = { $analysis }: { $error }
warning-suggest-near-chance = suggest: este historial predice apenas mejor que el azar qué parejas terminan antes (concordancia { $concordance } en las parejas del último año, donde { $chance } es el azar y se necesita { $needed }); { $rule }
warning-suggest-too-few = suggest: { $closed ->
        [one] { $closed } pareja cerrada es muy poco
       *[other] { $closed } parejas cerradas son muy pocas
    } para aprender (al menos { $needed }); { $rule }
warning-suggest-not-fitted = suggest: no se pudo ajustar el modelo de emparejamiento ({ $error }); { $rule }
warning-weights-truncated = ponderación por propensión: { $trimmed ->
        [one] { $trimmed } peso extremo recortado
       *[other] { $trimmed } pesos extremos recortados
    } en los percentiles 1 y 99
warning-imbalanced = ponderación por propensión: sigue desequilibrado tras ponderar (diferencia estandarizada por encima de { $limit }): { $covariates }; la comparación ponderada no está ajustada por ello
warning-risk-no-exit-model = risk: no se pudo ajustar ningún modelo de salida, así que el riesgo de salida de la persona mentorizada no es una señal
warning-risk-too-few = risk: aprender requiere al menos { $needed } parejas cerradas con ambos resultados (hay { $closed } cerradas, { $early } terminadas antes); se usan los pesos por defecto
warning-risk-learning-failed = risk: el aprendizaje falló ({ $error }); se usan los pesos por defecto
warning-rows-left-out = modelo de Cox: { $left_out ->
        [one] se omite { $left_out } persona sin valor en cada covariable ({ $covariates })
       *[other] se omiten { $left_out } personas sin valor en cada covariable ({ $covariates })
    }
warning-immortal-time = sesgo de tiempo inmortal: la hazard ratio ingenua «alguna vez mentorizada» ({ $naive }) difiere de la variable en el tiempo ({ $time_varying }); las personas tenían que { $survived } hasta que empezó su mentoría, así que el modelo ingenuo atribuye ese tiempo a la mentoría
warning-numbers-read = { $table }: los valores de «{ $column }» se leen como números ({ $kind ->
        [written] «{ $example }» como { $value }
        [marker] «{ $marker }» como sin valor
       *[both] «{ $example }» como { $value }, «{ $marker }» como sin valor
    })
warning-numbers-ambiguous = { $table }: los valores de «{ $column }» parecen números, pero «{ $example }» puede ser { $point } o { $comma } y nada dice cuál; la columna se lee como texto (escriba sus números sin separadores de miles para que se lean como números)
warning-column-unused = { $table }: no hay columna { $column }, pero «{ $header }» lo parece y { $kept ->
        [attribute] se lee como atributo
       *[unread] no se lee
    }; nómbrela en las columns del mapping ({"{"} "{ $column }": "{ $header }" {"}"}) o cambie el nombre del encabezado
warning-odd-rows = { $table }: { $count ->
        [one] { $count } fila
       *[other] { $count } filas
    } { $what ->
        [exit-type] con exit_type pero sin exit_date (se ignora el exit_type)
        [pair-outside-employment] que empiezan antes de la contratación del mentor o de la persona mentorizada, o después de que uno se fuera
        [outside-pair] con fecha fuera del inicio y el fin de su pareja
        [completed-without-date] con estado «completed» pero sin completed_date, así que sin tiempo hasta la finalización
        [date-without-completed] con completed_date pero un estado distinto de «completed» (se usa el estado)
       *[due-before-created] que vencen antes de crearse
    } (primera: fila { $first })
warning-groups-suppressed = { $what ->
        [programs] { $hidden ->
            [one] { $hidden } programa
           *[other] { $hidden } programas
        }
        [curves] { $hidden ->
            [one] { $hidden } curva de estado de mentoría
           *[other] { $hidden } curvas de estado de mentoría
        }
        [weighting] { $hidden ->
            [one] { $hidden } grupo de ponderación por propensión
           *[other] { $hidden } grupos de ponderación por propensión
        }
       *[groups] { $hidden ->
            [one] { $hidden } grupo
           *[other] { $hidden } grupos
        }
    } con menos de { $min } { $unit ->
        [pairs] parejas
       *[people] personas
    } { $hidden ->
        [one] se oculta
       *[other] se ocultan
    } (privacidad), y no se informa de ninguna comparación que los incluya

## Files that fed no table

unused-not-a-table-file = no es un archivo CSV, TSV, JSON ni XLSX
unused-file-name = su nombre no es el de ninguna tabla ({ $tables }); nómbrelo en tables.<table>.file del mapping
unused-sheet-name = su nombre no es el de ninguna tabla; nómbrela en tables.<table>.sheet del mapping

## Errors a user can cause

problem-invalid-value = { $table } fila { $row }, columna «{ $column }»: «{ $value }» no es { $expected }
problem-missing-value = { $table } fila { $row }, columna «{ $column }»: se necesita un valor pero la celda está vacía
problem-missing-column = { $table }: falta la columna obligatoria «{ $column }» (encontradas: { $found })
problem-missing-column-like = { $table }: falta la columna obligatoria «{ $column }» (encontradas: { $found }); «{ $header }» lo parece: nómbrela en las columns del mapping ({"{"} "{ $column }": "{ $header }" {"}"}) o cambie el nombre del encabezado
problem-no-columns = ninguna columna
problem-duplicate-id = { $table } fila { $row }, columna «{ $column }»: «{ $value }» está duplicado (visto primero en la fila { $first_row })
problem-unknown-id = { $table } fila { $row }, columna «{ $column }»: «{ $value }» no existe en { $target }
problem-end-before-start = { $table } fila { $row }, columna «{ $column }»: «{ $value }» es anterior a { $start_column } «{ $start_value }»
problem-malformed = { $table }: { $detail }
problem-malformed-row = { $table } fila { $row }: { $detail }
error-problems-header = { $count } problemas en los datos:
error-problems = { $count } problemas en los datos: { $problems }
error-usage = { $detail }
error-more-problems = … y { $more } más
error-missing-table = { $analysis } necesita la tabla { $table }, que no se cargó{ $table ->
        [requests] {" "}(o mentorizados nombrados: --mentees, JS { "{" } mentees { "}" })
       *[other] {""}
    }
error-insufficient-data = { $method } necesita { $needed }, recibido: { $got }
error-not-converged = { $method } no convergió: { $detail }
error-file = { $action ->
        [create] no se puede crear { $path }: { $detail }
        [write] no se puede escribir { $path }: { $detail }
       *[read] no se puede leer { $path }: { $detail }
    }
error-sql = SQL: { $detail }

## The CLI's text report

text-report-title = Informe del programa de mentoría a { $as_of } ({ $rows }; se ocultan los grupos de menos de { $min })
text-not-read = no leído: { $file } ({ $why })
text-findings = Lo que dicen los números
text-nothing-stands-out = nada destaca
text-goals = Objetivos
text-engagement = Participación (por { $period })
text-retention = Retención (salidas: { $exits ->
    [voluntary] voluntarias
   *[other] todas
}, por { $by })
text-retention-everyone = Retención (salidas: { $exits ->
    [voluntary] voluntarias
   *[other] todas
})
text-risk = Parejas en riesgo
text-progression = Progresión (por { $by })
text-matching = Emparejamiento ({ $pairs ->
        [one] { $pairs } pareja
       *[other] { $pairs } parejas
    }, { $early } terminadas antes)
text-warnings = Avisos ({ $count })
text-suggest = Mentores sugeridos (modelo: { $model ->
    [cox] Cox
   *[rule] regla
}; puntuación total { $total } frente a { $greedy } por orden de llegada)
text-percent = { $value } %
text-days = { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
text-not-reached = no alcanzado
text-suppressed = oculto
text-month = mes
text-week = semana
text-goals-line = { $goals ->
        [one] { $goals } objetivo
       *[other] { $goals } objetivos
    } en { $pairs ->
        [one] { $pairs } pareja
       *[other] { $pairs } parejas
    }: completados { $completed } · a tiempo { $on_time } · mediana del tiempo hasta completar { $median } (cuartiles { $q25 }, { $q75 }) · { $overdue ->
        [one] { $overdue } vencido
       *[other] { $overdue } vencidos
    }, { $stalled ->
        [one] { $stalled } estancado
       *[other] { $stalled } estancados
    }
text-goal-ids = (ids de los objetivos vencidos y estancados: --format json)
text-trend = { $slope }/mes (p { $p })
text-pairs-active = { $pairs ->
        [one] { $pairs } pareja
       *[other] { $pairs } parejas
    }, { $active ->
        [one] { $active } activa
       *[other] { $active } activas
    }
text-pairs-all-active = { $active ->
        [one] { $active } pareja activa
       *[other] { $active } parejas activas
    }
text-pairs-more = (las cifras de cada pareja: --format json)
text-counted-from-first-pair = contado desde la primera pareja de cada persona (Simon-Makuch; los grupos siguientes son alguna vez mentorizada o nunca: la comparación ingenua):
text-chi-square = chi cuadrado { $statistic } (p { $p })
text-risk-ratio = riesgo relativo { $ratio } · Fisher p { $p }
text-logrank = log-rank { $statistic } (p { $p })
text-cox-title = { $title } ({ $subjects }, { $events ->
        [one] { $events } evento
       *[other] { $events } eventos
    }):
text-cox-title-concordance = { $title } ({ $subjects }, { $events ->
        [one] { $events } evento
       *[other] { $events } eventos
    }, concordancia { $concordance }):
text-cox-mentoring = modelo de Cox, mentoría { $exposure ->
    [ever] alguna vez mentorizada (ingenuo)
    [landmark] desde un punto de referencia
   *[other] variable en el tiempo
}
text-cox-naive = modelo de Cox ingenuo (alguna vez mentorizada)
text-cox-promotion = modelo de Cox del ascenso, mentoría { $exposure ->
    [ever] alguna vez mentorizada (ingenuo)
    [landmark] desde un punto de referencia
   *[other] variable en el tiempo
}
text-cox-matching = modelo de Cox del final temprano según los rasgos de la pareja al empezar
text-correlates = asociaciones más fuertes con la salida:
text-drivers = quién se va ({ $tested ->
        [one] el único atributo probado
       *[other] los más fuertes de los { $tested } atributos probados, p ajustado
    }):
text-per-unit = hazard ratio { $ratio } { $unit ->
        [step] por nivel
        [year] por año
        [thousand] por 1000
       *[sd] por DT ({ $sd })
    }
text-risk-levels = { $high } alto, { $medium } medio, { $low } bajo (modelo: { $model ->
    [learned] regresión logística aprendida
   *[default] pesos por defecto (noisy-OR)
})
text-weights = pesos { $used ->
        [learned] aprendidos
       *[default] por defecto
    }: { $reason }
text-level = { $level ->
        [high] alto
        [medium] medio
       *[low] bajo
    }
text-rate-ratio = razón de tasas { $ratio }
text-promoted-by = 25 % / 50 % / 75 % ascendidos tras: { $groups }
text-validation = validación: concordancia { $concordance } en las { $test } parejas del último año (ajustado con las { $train } anteriores; { $chance } es el azar)
text-matching-more = (tasas de final temprano y de consecución de objetivos por nivel de rasgo: --format json o --full)
text-unmatched = sin emparejar { $mentee }: { $why }
text-pair-sessions = pareja { $pair }: sesiones por { $period }
col-period = período
text-risk-eval = Repeticiones del detector de riesgo (positivos: parejas que terminaron antes dentro del horizonte)
text-risk-eval-generated = semilla { $seed }, { $people ->
        [one] { $people } persona
       *[other] { $people } personas
    }
text-risk-eval-run = { $source }: { $dates } fechas, { $samples } pareja-días, { $positives } positivos ({ $early } parejas terminaron antes)
# The scorers a replay measures: the detector, and a rule flagging a pair after so many days.
risk-eval-detector = detector
risk-eval-baseline = { $days ->
        [one] { $days } día sin sesión celebrada
       *[other] { $days } días sin sesión celebrada
    }
col-method = método
col-auc = AUC
col-precision-at-k = precisión en k
col-lead-days = antelación mediana (días)
col-flagged-share = señaladas
col-severity = nivel
col-finding = hallazgo
col-group = grupo
col-goals = objetivos
col-completed = completados
col-on-time = a tiempo
col-program = programa
col-pairs = parejas
col-active = activas
col-held = celebradas
col-cancelled = canceladas
col-no-show = ausencias
col-adherence = cumplimiento
col-trend = celebradas por pareja activa, tendencia
col-mentored = mentorizada
col-people = personas
col-exits = salidas
col-exit-rate = tasa de salida
col-left-by = 25 % / 50 % / 75 % se fue tras
col-term = término
col-hazard-ratio = hazard ratio (IC del 95 %)
col-p = p
col-feature = rasgo
col-r = r
col-n = n
col-attribute = atributo
col-p-adjusted = p ajustado
col-pair = pareja
col-score = puntuación
col-level = nivel
col-reasons = motivos
col-person-years = años-persona
col-promotions = ascensos
col-per-100 = por 100 años-persona (IC del 95 %)
col-mentee = persona mentorizada
col-mentor = mentor
col-alternatives = alternativas

## What a cell should have been, and what is wrong with a file

expected-date = una fecha (se esperaba AAAA-MM-DD)
expected-date-format = una fecha (se esperaba { $format } o AAAA-MM-DD)
expected-not-recoded = { $expected }, y values.{ $column } del mapping no la recodifica
expected-one-of = uno de { $values }
expected-days = un número entero de días > 0
expected-minutes = un número de minutos ≥ 0
expected-percent = un número de 0 a 100
expected-rating = una valoración de 1 a 5
expected-capacity = un número entero de personas mentorizadas de 0 a 1000
expected-list = una lista de 100 elementos como máximo separados por «;»
expected-other-person = una persona distinta de mentor_id
expected-before-exit = en o antes del exit_date de la persona, { $exit }
origin-file = { $file }
origin-sheet = { $file }, hoja «{ $sheet }»
origin-unnamed = el archivo
detail-example = fila { $row }: «{ $value }»
detail-dates-one-format = columna «{ $column }»: { $count ->
        [one] { $count } fecha parece
       *[other] { $count } fechas parecen
    } { $format } ({ $examples }); ponga el date_format del mapping en «{ $format }»
detail-dates-two-formats = columna «{ $column }»: { $count ->
        [one] { $count } fecha parece
       *[other] { $count } fechas parecen
    } { $format } o { $other } ({ $examples }); indique cuál en el date_format del mapping
detail-dates-no-format = columna «{ $column }»: { $count ->
        [one] { $count } valor no es una fecha
       *[other] { $count } valores no son fechas
    } en AAAA-MM-DD ni en otro formato único ({ $examples }, ...)
detail-spelt-otherwise = columna «{ $column }»: «{ $value }» en { $rows ->
        [one] { $rows } fila
       *[other] { $rows } filas
    } (primera: fila { $first }) no es { $expected }; recodifíquelo en values.{ $column } del mapping
detail-dangling = columna «{ $column }»: { $count } ids no existen en { $target } ({ $examples }, ...); ¿es la columna de los ids de { $target }, y están escritos igual en ambos archivos?
detail-empty-csv = el archivo está vacío (se esperaba una fila de encabezado)
detail-ragged = { $width ->
        [one] tiene { $width } campo,
       *[other] tiene { $width } campos,
    } pero el encabezado tiene { $header }{ $hint }
detail-other-delimiter = {" "}(el archivo se divide por { $used ->
        [tab] tabuladores
       *[other] { $used }
    }, pero sus líneas parecen separadas por { $delimiter ->
        [tab] tabuladores
       *[other] { $delimiter }
    }: ajuste el delimiter del mapping)
detail-no-such-path = no existe ese archivo ni esa carpeta
detail-permission-denied = permiso denegado
detail-system = { $error }
detail-not-utf8 = no es texto UTF-8 válido (guarde el archivo como UTF-8)
detail-header-not-utf8 = la columna de encabezado { $column } no es texto UTF-8 válido
detail-field-not-utf8 = el campo { $column } no es texto UTF-8 válido (guarde el archivo como UTF-8)
detail-empty-json = el archivo está vacío (se esperaba un array JSON de objetos)
detail-not-json = no es JSON válido ({ $error })
detail-not-utf8-at = no es texto UTF-8 válido en el byte { $byte } (guarde el archivo como UTF-8)
detail-not-array = se esperaba un array de objetos, uno por fila
detail-not-object = no es un objeto
detail-nested = el campo «{ $field }» contiene un array u objeto anidado (se esperaba texto, un número o null)
detail-not-spreadsheet = no es una hoja de cálculo legible ({ $error })
detail-sheet-unreadable = la hoja «{ $sheet }» no se puede leer ({ $error })
detail-first-sheet-unreadable = la primera hoja no se puede leer ({ $error })
detail-no-sheets = el libro no tiene hojas
detail-header-unnamed = la columna de encabezado { $column } no tiene nombre
detail-header-twice = la columna «{ $header }» aparece dos veces (columnas de encabezado { $first } y { $second })
detail-one-column = el encabezado es una sola columna, «{ $header }»: el archivo parece separado por { $delimiter ->
        [tab] tabuladores
       *[other] { $delimiter }
    }, no por comas (ajuste el delimiter del mapping)
detail-undescribed = la columna «{ $column }» se lee como un tipo que su descriptor no da (un error del programa)
detail-mapped-header-missing = columns.{ $column } del mapping nombra el encabezado «{ $header }», que { $origin } no tiene (sus encabezados: { $headers })
detail-mapping-too-big = ocupa { $size } MB; un mapping ocupa pocos KB (1 MB como máximo)
detail-mapping-invalid = no es un mapping válido ({ $error })
detail-mapping-unknown-table = tabla desconocida «{ $table }» en tables (se esperaba una de: { $tables })
detail-mapping-date-format = { $at } «{ $format }» no es un formato de fecha (escríbalo con YYYY, MM o M, DD o D y separadores, p. ej. M/D/YYYY o DD.MM.YYYY)
detail-mapping-delimiter = { $at } «{ $delimiter }» no es un separador (se esperaba ",", ";", "\t" o "|")
detail-mapping-unknown-column = { $at } nombra «{ $key }», que no es una columna de { $table } (sus columnas: { $columns })
detail-mapping-empty-header = { $at } asigna { $column } a un encabezado vacío
detail-mapping-header-twice = { $at } asigna tanto { $first } como { $column } al encabezado «{ $header }» (un encabezado alimenta una columna)
detail-mapping-recode = { $at } recodifica «{ $from }» como «{ $to }», que no es uno de { $values } (o "" para vacío)
detail-file-not-given = tables.{ $table }.file nombra «{ $file }», que no se entregó (archivos: { $files })
detail-sheet-not-given = tables.{ $table }.sheet nombra «{ $sheet }», que no tiene ningún libro entregado
detail-two-candidates = tanto { $first } como { $second } podrían ser la tabla { $table }; nombre uno en tables.{ $table }.file
detail-one-place-two-tables = { $place } se da tanto para { $first } como para { $table } (un archivo u hoja alimenta una tabla)
detail-none-given = ninguno
detail-no-people = ningún archivo es la tabla people (entregados: { $given }); llámelo people.csv (o .tsv, .json, .xlsx) o ajuste tables.people.file del mapping
detail-not-a-workbook = tables.{ $table }.sheet nombra «{ $sheet }», pero { $file } no es un libro
detail-no-such-sheet = tables.{ $table }.sheet nombra «{ $sheet }», que { $file } no tiene (sus hojas: { $sheets })
detail-several-sheets = tables.{ $table }.file es un libro de varias hojas ({ $sheets }); nombre una en tables.{ $table }.sheet

## Charts and the page a report is handed on as

chart-goals-open = Objetivos aún abiertos, por días desde que se fijaron (Kaplan-Meier)
chart-still-open = aún abiertos
chart-held = Sesiones celebradas por programa
chart-retention-honest = Aún en la empresa, por días desde la contratación, contando a cada persona como mentorizada desde su primera pareja (Simon-Makuch)
chart-retention-groups = Aún en la empresa, por días desde la contratación, por { $by } (Kaplan-Meier)
chart-retention-everyone = Aún en la empresa, por días desde la contratación (Kaplan-Meier)
chart-risk = Puntuación de riesgo de las parejas activas con más puntuación
chart-promotion-hr = Hazard ratio del ascenso (IC del 95 %; por encima de 1: asciende antes)
chart-matching-hr = Hazard ratio de final temprano por rasgo de la pareja (IC del 95 %; por debajo de 1: las parejas duran)
html-generated = Calculado por mentor-insights { $version } donde están los datos; nada de esta página se envió a ninguna parte.
html-severity = { $severity ->
        [warning] actuar
        [notice] nota
       *[info] contexto
    }
html-footer = mentor-insights { $version } · los grupos por debajo del tamaño mínimo se ocultan · cada cifra de arriba sigue el método de abajo
html-methods = Cómo se obtuvieron las cifras
html-method-privacy = Privacidad: un grupo menor que el tamaño mínimo no se muestra, ni el siguiente más pequeño si lo revelaría; no se informa de ninguna comparación con un grupo oculto.
html-method-goals = Objetivos: tasas de consecución y puntualidad con intervalos de Wilson del 95 %; tiempo hasta completar por Kaplan-Meier, contando los objetivos abiertos solo por el tiempo que han tenido.
html-method-engagement = Participación: sesiones celebradas, canceladas y perdidas por pareja y programa; tendencias de las sesiones celebradas por pareja activa con pendientes de Theil-Sen y pruebas de Mann-Kendall.
html-method-retention = Retención: tasas de salida con intervalos de Wilson, curvas de Kaplan-Meier y pruebas log-rank por grupo; un modelo de Cox (Efron) en el que una persona cuenta como mentorizada desde su primera pareja (variable en el tiempo), junto al modelo ingenuo «alguna vez mentorizada»; curvas de Simon-Makuch; atributos ordenados por p-valores ajustados de Benjamini-Hochberg. Son asociaciones, no pruebas de causa.
html-method-risk = Parejas en riesgo: cada señal se puntúa según cuánto pasa su umbral; la puntuación combina las señales con pesos por defecto o aprendidos (todos ≥ 0, así que cada motivo sube la puntuación).
html-method-progression = Progresión: ascensos por 100 años-persona con intervalos exactos, el tiempo-persona dividido en la primera pareja; la razón de tasas; un modelo de Cox variable en el tiempo del primer ascenso.
html-method-matching = Emparejamiento: un modelo de Cox del final temprano según los rasgos de la pareja al empezar, validado con las parejas del último año (concordancia; 0,5 es el azar).
html-method-findings = Hallazgos: una diferencia solo se afirma si su intervalo del 95 % excluye la ausencia de efecto; cuando una regla prueba muchos grupos o atributos, sus p-valores se ajustan juntos (Benjamini-Hochberg).
