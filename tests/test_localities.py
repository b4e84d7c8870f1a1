"""Places resolved through GeoNames, in the article's context, as a city < state < country hierarchy."""

from summarizer.rules.geonames import county_states
from summarizer.rules.localities import find_place_mentions
from summarizer.rules.story_state import article_states


def cities(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(m.span.text, m.city, m.detail, m.admin1) for m in find_place_mentions(text) if m.level == "city"]


def towns(text: str) -> list[str | None]:
    return [m.city for m in find_place_mentions(text) if m.level == "city"]


def test_a_neighbourhood_named_with_its_city_is_that_city() -> None:
    text = "CHICAGO — Four men were wounded in a shooting in Englewood on Monday, Chicago police said."
    assert ("Englewood", "Chicago", "Englewood", "Illinois") in cities(text)


def test_possessive_city_owns_the_next_place() -> None:
    text = "Two teenagers were shot Friday night in Baltimore's Brooklyn neighborhood, police said."
    assert ("Brooklyn", "Baltimore", "Brooklyn", "Maryland") in cities(text)


def test_a_dateline_with_its_state_resolves_a_small_town() -> None:
    text = "NEW PARIS, Ohio (WDTN) – A ten-year-old girl was shot and killed late Monday night."
    assert cities(text)[0][1:] == ("New Paris", None, "Ohio")


def test_a_capitalised_word_alone_is_not_a_place() -> None:
    assert cities("Man, 11-Year-Old Daughter Dead In Apparent Murder-Suicide. Police said nothing.") == []


def test_georgia_is_a_state_in_a_us_story_and_a_country_elsewhere() -> None:
    us = find_place_mentions("The shooting in Atlanta, Georgia, left one dead. Texas officials also spoke.")
    assert any(m.span.text == "Georgia" and m.level == "admin1" for m in us)
    abroad = find_place_mentions("Talks in Georgia resumed on Monday.")
    assert any(m.span.text == "Georgia" and m.level == "country" for m in abroad)


def test_a_name_after_a_house_number_is_a_street_not_a_town() -> None:
    text = "INDIANAPOLIS -- Officers stopped the car at a gas station at 7100 Georgetown on Monday."
    assert [(m.span.text, m.city) for m in find_place_mentions(text)] == [("INDIANAPOLIS", "Indianapolis")]
    assert [m.city for m in find_place_mentions("In 2016 Houston police said so.")] == ["Houston"]


def test_a_named_neighbourhood_is_in_the_story_city_not_a_city_of_that_name() -> None:
    text = ("CHICAGO (CBS) — Two men were wounded Monday. A man was shot in the Austin neighborhood, police said. "
            "He was taken to Loyola University Medical Center.")
    assert cities(text) == [("CHICAGO", "Chicago", None, "Illinois"), ("Austin", "Chicago", "Austin", "Illinois")]
    # a story about Austin itself still is
    assert cities("AUSTIN, Texas — A man was shot in the Mueller neighborhood.")[0][1:] == ("Austin", None, "Texas")


def test_a_person_named_with_an_age_is_not_a_place() -> None:
    assert cities("Eric Jordan, 19, was shot and killed in Indianapolis on Monday.") == [
        ("Indianapolis", "Indianapolis", None, "Indiana")]
    assert [m.country for m in find_place_mentions("Eric Jordan, 19, was shot.")] == []
    # a place after the name is still one, and so is a count after a city
    assert cities("Police said 17-year-old Chris Perez of Allentown died.")[0][1] == "Allentown"
    assert cities("In Kansas City, 2 people were shot.")[0][1] == "Kansas City"


def test_the_end_of_a_longer_name_is_not_a_place() -> None:
    text = "INDIANAPOLIS — Samantha's friend Charlie Mitchell called Rick Snyder from Loyola University Medical Center."
    assert [c[1] for c in cities(text)] == ["Indianapolis"]
    assert cities("A threatening phone call was made to Wells Fargo in Woodburn, Oregon.")[0][1] == "Woodburn"
    # compass points, articles, all-caps datelines and hyphenated adjectives may stand before a place
    assert cities("Teen fatally shot in SW Houston")[0][1] == "Houston"
    assert cities("A Michigan man shot two people in Detroit.")[-1][1] == "Detroit"
    assert cities("FOR IMMEDIATE RELEASE PITTSBURGH, PA – Four people were shot.")[0][1] == "Pittsburgh"
    assert [m.country for m in find_place_mentions("A win for Turkey-backed Azerbaijan.")] == ["Azerbaijan"]
    # a run ending in "City" is a name of its own, not the town before it (but "Chicago City Council" is Chicago's)
    assert towns("NEW ORLEANS — Two men were shot in Central City on Saturday afternoon.") == ["New Orleans"]
    assert towns("The Chicago City Council met Monday.") == ["Chicago"]


def test_an_intersection_and_a_kind_of_police_are_not_places() -> None:
    assert towns("A man was shot near Cleveland and Main streets.") == []
    assert towns("It happened at Main and Cleveland streets.") == []
    assert towns("Two men were shot on San Antonio and Channelside Streets.") == []
    assert towns("Police said the shooting was near Houston and Elm avenues in Dallas.") == ["Dallas"]
    # the other street may be numbered: "West 79th streets" ends the crossing as "Elm avenues" does
    assert towns("He was walking near South Peoria and West 79th streets in Chicago.") == ["Chicago"]
    assert towns("Metro police said a man was shot.") == []
    assert towns("Capitol Police said the suspect fled.") == []
    # a town before "police" still is one
    assert towns("Mobile police said a man was shot.") == ["Mobile"]
    assert towns("Officers with the Columbus Division of Police responded.") == ["Columbus"]
    assert towns("The Portland Police Bureau said a man was shot.") == ["Portland"]
    assert towns("Officers were in Cleveland and Akron.") == ["Cleveland", "Akron"]


def test_a_town_before_a_weekday_or_at_a_sentence_end_is_found() -> None:
    # the capitalised run "Dayton Tuesday" or "Toledo. A" is no longer name
    assert towns("A man was shot in Dayton Tuesday night.") == ["Dayton"]
    assert towns("A man was shot in St. Louis Tuesday.") == ["St. Louis"]
    assert towns("A man was shot in Dayton Jan. 5.") == ["Dayton"]
    assert towns("Three people were shot in Toledo. A man died at the scene.") == ["Toledo"]
    # an abbreviation ends no sentence
    assert towns("SACRAMENTO, Calif. Police said a man was shot.") == ["Sacramento"]


def test_nearby_and_the_town_of_cue_a_place() -> None:
    assert towns("A woman was shot in nearby Cicero on Monday.") == ["Cicero"]
    assert towns("A teen was shot in the town of Hempstead.") == ["Hempstead"]
    assert towns("The mayor of Maywood spoke.") == []  # "of" alone is no cue


def test_abbreviated_and_the_names_are_geonames_places() -> None:
    assert towns("A man was killed Saturday in Port St. Lucie, Florida.") == ["Port Saint Lucie"]
    assert towns("The shooting happened in the Bronx, police said.") == ["The Bronx"]
    assert towns("A man was shot in Ft. Lauderdale on Friday.") == ["Fort Lauderdale"]


def test_where_someone_lives_is_a_town_of_ten_thousand_or_more() -> None:
    assert towns("A Flint woman was killed Saturday.") == ["Flint"]
    assert towns("A 21-year-old Elkhart man died after being shot.") == ["Elkhart"]
    assert towns("Gary man shot on east side") == ["Gary"]
    # an adjective before a person is no place, nor a small town of its name
    assert towns("A White man was shot.") == []
    assert towns("A Young man was shot.") == []


def test_a_city_owns_its_side_and_a_street_named_after_a_state_places_nothing() -> None:
    text = ("Two people were hurt in a shooting on Elmira's south side early Monday, police said.\n"
            "Officers were called to Pennsylvania Avenue around 12:45 a.m.")
    assert cities(text) == [("Elmira", "Elmira", None, "New York")]
    assert towns("A man was shot on Flint's north end Tuesday.") == ["Flint"]
    # nor does a county named after one
    assert article_states("The Delaware County District Attorney's Office said, in Ohio County.") == set()
    assert article_states("The Delaware State Police said.") == {"DE"}


def test_a_suburb_with_its_own_police_is_not_a_part_of_the_city_near_it() -> None:
    # (not "taken to University Hospitals in Cleveland": where victims were treated is not the story's place)
    cleveland = " Cleveland police are assisting."
    assert cities("Two men were wounded in East Cleveland, East Cleveland police said." + cleveland)[0] == (
        "East Cleveland", "East Cleveland", None, "Ohio")
    # without a sign of its own government, a place that close to a much larger big city is read as part of it
    assert cities("Two men were wounded in East Cleveland, police said." + cleveland)[0] == (
        "East Cleveland", "Cleveland", "East Cleveland", "Ohio")
    # but only a big city holds its neighbours: a hamlet beside a village of 50,000 is a place of its own
    assert cities("A man was shot Sunday in Roosevelt, police said. Roosevelt is a hamlet bordered by the Village of "
                  "Hempstead.")[0] == ("Roosevelt", "Roosevelt", None, "New York")

    # a town told as a distance from the city, or in a dateline with its state, is a town of its own
    assert towns("A woman was shot in her home in Macungie. Macungie is about 10 miles southwest of Allentown.")[0] == (
        "Macungie")
    assert towns("MACUNGIE, Pa. (AP) — A woman died Saturday. Police drove her husband to Allentown.")[0] == "Macungie"
    # a bare dateline may name a part of the city (DNAinfo's "ENGLEWOOD —")
    assert cities("Four men were shot in Englewood.\nENGLEWOOD — Police said the men were shot in Chicago.")[1][1] \
        == "Chicago"


def test_a_city_police_acronym_places_a_story_that_names_no_town() -> None:
    assert cities("IMPD officers responded to a report of a person shot on the city's east side.") == [
        ("IMPD", "Indianapolis", None, "Indiana")]
    assert towns("IMPD officers responded to a shooting in Indianapolis.") == ["Indianapolis"]
    assert cities("HPD officers responded to a shooting.") == []  # Houston or Honolulu


def test_a_demonym_is_a_people_not_a_place() -> None:
    text = "Thousands of Armenians fled as Russian peacekeepers watched in Nagorno-Karabakh."
    assert [m.span.text for m in find_place_mentions(text)] == ["Nagorno-Karabakh"]


def test_the_surname_of_a_person_named_with_an_age_is_not_a_town() -> None:
    text = "Police identified the victims as Jamal Brown, 22, of Dayton, and Keisha Green, 19. Green was shot in the leg."
    assert towns(text) == ["Dayton"]
    assert "Green" in towns(text + " Her family lives in Green.")  # a locative still names the town


def test_the_surname_of_a_person_charged_is_not_a_state() -> None:
    text = ("CHICAGO (AP) — Devonte Washington was charged with attempted murder. Prosecutors said Washington fired "
            "more than a dozen shots.")
    assert [m.span.text for m in find_place_mentions(text)] == ["CHICAGO"]


def test_a_site_of_a_town_after_a_or_an_places_the_story_there() -> None:
    assert towns("Two people died in a shooting Saturday at a Macon home, the sheriff's office said.") == ["Macon"]
    assert towns("Three people were shot outside a Flint party store Friday night.") == ["Flint"]
    # an everyday word is no town: "a Mobile home" is a trailer
    assert towns("Two men were found dead inside a Mobile home Friday morning.") == []


def test_a_lowercase_word_after_a_town_is_not_part_of_its_name() -> None:
    # "la" of "late", "du" of "during" once joined the town's name, which no gazetteer then knew
    assert towns("Five people were hurt at a party in Wilmington late Saturday.") == ["Wilmington"]
    assert towns("Two people were shot Saturday in Knoxville during an argument.") == ["Knoxville"]


def test_where_a_victim_was_treated_or_a_suspect_caught_is_not_a_place_of_the_story() -> None:
    assert towns("An Aurora man was shot Friday. He was flown to a hospital in Chicago. Aurora police are looking "
                 "for two men.") == ["Aurora"]
    assert towns("A boy was shot in Harvey. He was taken to Advocate Christ Medical Center in Oak Lawn.") == ["Harvey"]
    assert towns("Antonio Neeley was shot and killed Saturday in Lauderhill. Police said Randy Barnes, 28, had "
                 "been arrested in Key West.") == ["Lauderhill"]
    # a hospital may go by its name alone
    assert towns("Two men were shot Friday in Bellevue. One died later at UPMC Mercy in Pittsburgh.") == ["Bellevue"]
    assert towns("A man was shot Friday in Dundalk. He was flown to Shock Trauma in Baltimore.") == ["Dundalk"]
    # unless the story names no other town: then it is the best guess there is
    assert towns("A man died early Sunday at Community Regional Medical Center in Fresno.") == ["Fresno"]


def test_the_city_a_suburb_is_named_by_is_not_where_it_happened() -> None:
    assert towns("A man was shot and killed Wednesday in the Fort Worth suburb of Arlington.") == ["Arlington"]
    assert towns("A woman was wounded in Harvey, a Chicago suburb, on Friday.") == ["Harvey"]
    assert towns("A man was shot in the Chicago suburbs.") == ["Chicago"]


def test_washington_is_the_capital_where_the_story_places_it_in_the_district() -> None:
    assert towns("A man was shot in Washington, D.C., on Sunday.") == ["Washington"]
    assert towns("WASHINGTON — A man was shot in Southeast Washington on Sunday, D.C. police said.") == [
        "Washington", "Washington"]
    # elsewhere it is the state
    assert towns("SPOKANE, Wash. — A man was shot, police in Washington said.") == ["Spokane"]


def test_a_street_named_after_a_big_city_puts_the_story_in_no_state() -> None:
    # "Pasadena" here is a street of Flint, not the California city whose state would hide Flint
    assert towns("Flint police identified the teen. He was found near the intersection of Pasadena and Martin "
                 "Luther King avenues.") == ["Flint"]


def test_a_county_only_one_state_has_places_the_story_in_that_state() -> None:
    assert cities("A man was shot Saturday in Bedford. The Cuyahoga County medical examiner identified him.") == [
        ("Bedford", "Bedford", None, "Ohio")]
    # a county name many states have says nothing
    assert county_states("Washington County deputies responded.") == set()
    assert county_states("In Cook County, police said") == set()  # Illinois, Georgia and Minnesota


def test_a_parish_places_the_story_in_louisiana() -> None:
    assert cities("Deputies said a man was shot in the unincorporated community of Harvey, in Jefferson Parish.") == [
        ("Harvey", "Harvey", None, "Louisiana")]
    assert towns("A man was shot in Harvey on Saturday.") == ["Harvey"]  # the largest Harvey, in Illinois


def test_a_town_named_only_as_where_someone_lives_gives_way_to_where_it_happened() -> None:
    text = ("SOUTHAVEN, Miss. — A Memphis man was shot and killed outside a Southaven apartment complex Saturday. "
            "Corey Banks, 27, of Memphis, died at a hospital.")
    assert set(towns(text)) == {"Southaven"}
    # where someone lives is the place when the story names no other town
    assert set(towns("A Memphis man was shot and killed Saturday. Corey Banks, 27, of Memphis, died.")) == {"Memphis"}
    # "from" says where someone lives too, after a person
    assert set(towns("Two men from Detroit were shot in Southfield on Friday.")) == {"Southfield"}
    # and a whole name with "of"
    assert set(towns("A Kenner man was killed in Central City, New Orleans police said. The coroner identified "
                     "him as Dwight Fontenot of Kenner.")) == {"New Orleans"}
    assert "Kenner" in towns("The University of Kenner reopened. A man was shot in New Orleans.")
    assert set(towns("The gunman fled from Southfield to Detroit.")) == {"Southfield", "Detroit"}
    # and a town also named as a place is kept
    assert set(towns("A Memphis man was shot in Memphis, Tenn. A Southaven woman was hurt in Southaven, Miss.")) == {
        "Memphis", "Southaven"}


def test_a_name_the_story_calls_a_neighbourhood_is_in_its_town() -> None:
    text = ("LMPD: 2 teens shot in Russell neighborhood\n\n"
            "LOUISVILLE, Ky. — Two teenagers were shot Saturday in the Russell neighborhood, police said.")
    assert {(m.city, m.detail) for m in find_place_mentions(text) if m.level == "city"} == {
        ("Louisville", "Russell"), ("Louisville", None)}
    assert set(towns("PITTSBURGH — Four men playing dice in a Pittsburgh neighborhood were shot.")) == {"Pittsburgh"}
    # an area named after a town of another state is a part of the story's city
    text = ("Two men killed in Arlington shooting\n\n"
            "JACKSONVILLE, Fla. — Two men were shot and killed outside a home in the Arlington area, police said.")
    assert set(towns(text)) == {"Jacksonville"}


def test_a_city_before_police_at_a_sentence_end_is_a_place() -> None:
    text = "A man was shot to death in the Austin neighborhood, according to Chicago Police. He was 32."
    assert towns(text) == ["Chicago", "Chicago"]


def test_an_intersection_without_a_street_word_and_a_holiday_are_not_places() -> None:
    text = "TULSA, Okla. - A man was shot Saturday in a parking lot near Pine and Peoria, Tulsa police said."
    assert towns(text) == ["Tulsa", "Tulsa"]
    assert towns("A Houston man was shot at the corner of Main and Elm on Friday.") == ["Houston"]
    assert towns("TULSA, Okla. - Relatives held candles outside her apartment complex near 61st and Peoria.") == [
        "Tulsa"]
    # a street word only after the second street
    assert towns("FRESNO, Calif. - Two teens were shot outside a house near Belmont and Fresno Street, police "
                 "said.") == ["Fresno"]
    # outside a US story, two towns
    assert towns("Fighting raged near Donetsk and Horlivka.") == ["Donetsk", "Horlivka"]
    assert towns("A Savannah man pleaded guilty in a Valentine's Day shooting.") == ["Savannah"]
    assert towns("A man was shot in Valentine, Neb., on Friday.") == ["Valentine"]


def test_a_side_of_a_city_and_a_quarters_last_word_are_no_towns() -> None:
    text = "Two men were shot early Sunday in the Little Village neighborhood on the Southwest Side."
    assert towns(text) == []  # not Side, Türkiye, nor The Village, Okla.
    assert towns("A man was shot in the West Baltimore neighborhood.") == ["Baltimore"]
    assert towns("A man was shot in Side, Turkey.") == ["Side"]
    assert towns("Area Four detectives are investigating.") == []  # a number, not Four, France


def test_a_us_story_that_names_no_state_means_the_us_city_of_a_shared_name() -> None:
    text = "A woman was shot in Birmingham in the 1900 block of Avenue F, Sgt. Bryan Shelton said."
    assert cities(text) == [("Birmingham", "Birmingham", None, "Alabama")]
    assert cities("A man was shot in Athens on Friday, the sheriff said.") == [("Athens", "Athens", None, "Georgia")]
    # without US wording, the larger one
    assert [m.country for m in find_place_mentions("Police in Birmingham said a man was stabbed outside a pub.")] == [
        "United Kingdom"]


def test_a_street_named_without_its_street_word_and_a_distance_s_landmark_are_not_the_scene() -> None:
    text = ("Four people were wounded Saturday in Gary's Glen Park neighborhood, police said. The shots came "
            "from a sedan that sped north on Madison.")
    assert {m.city for m in find_place_mentions(text)} == {"Gary"}
    text = ("AMARILLO, Texas (AP) — A man was fatally shot early Sunday, authorities said. The shooting happened "
            "in Dumas, in Moore County, roughly 50 miles north of Amarillo.")
    assert {m.city for m in find_place_mentions(text) if m.city} == {"Dumas"}
    # ... which way alone, or miles in two units from its downtown
    text = ("1 dead in shooting north of Houston\n\nHOUSTON (AP) — A man was killed late Saturday in a subdivision "
            "north of Houston. It happened in Spring, about 20 miles (32 kilometers) north of downtown Houston.")
    assert {m.city for m in find_place_mentions(text) if m.city} == {"Spring"}
    # which way of a town, where the story names no town of the scene's own: that town, not the dateline's
    text = ("MARSHALL, Mo. (AP) — A Slater man was wounded Saturday when another hunter fired at him. He was shot "
            "in the leg on farmland just north of Slater.")
    assert {m.city for m in find_place_mentions(text) if m.city} == {"Slater"}
    assert [m.city for m in find_place_mentions("It happened on a farm north of Millen.")] == ["Millen"]
    # a landmark also named as where it happened stays: "rocked Manokwari ... 135 kilometers from Manokwari"
    text = "Quakes struck in Manokwari on Sunday. The first struck about 135 kilometers from Manokwari."
    assert {m.city for m in find_place_mentions(text) if m.city} == {"Manokwari"}


def test_a_person_named_with_a_home_town_lends_no_place_their_surname() -> None:
    text = ("SPARTANBURG, S.C. — A man faces a charge in a shooting outside a nightclub. Keon Whitmire of Duncan was "
            "arrested Friday. Police said Whitmire shot a 26-year-old man in the abdomen.")
    assert towns(text) == ["Spartanburg"]  # Duncan is only where he lives
    # a department of a city is none ("the Columbus Division of Police"), and a surname cued as a place is one
    assert towns("Officers with the Columbus Division of Police responded.") == ["Columbus"]
    assert "Whitmire" in towns("SPARTANBURG, S.C. — Keon Whitmire of Duncan was arrested. He was shot in Whitmire.")


def test_a_country_s_name_cued_as_a_place_in_a_state_s_story_is_a_town_there() -> None:
    text = ("Hundreds filled a church in Lebanon on Saturday for the funeral. The family later moved to "
            "Murfreesboro, Tennessee.")
    assert [(m.city, m.admin1) for m in find_place_mentions(text) if m.level == "city"][0] == ("Lebanon", "Tennessee")
    # a state with no town of that name, or no state at all, leaves the country
    assert "Lebanon" in [m.country for m in find_place_mentions("A Detroit, Michigan man who fled to Lebanon was "
                                                                  "arrested in Beirut.")]
    assert [m.level for m in find_place_mentions("Hundreds filled a church in Lebanon on Saturday.")] == ["country"]


def test_a_story_that_names_no_state_is_set_where_most_of_its_towns_are() -> None:
    text = ("A 19-year-old man has been charged in a shooting outside a house party in south suburban Harvey. "
            "Police were called to the 15000 block of Loomis Avenue. Demetrius Oliver, of Markham, faces three counts of attempted murder, according to the Cook County "
            "state's attorney's office. His next court date is in Riverdale. Police in Phoenix helped find him.")
    assert {c[3] for c in cities(text)} == {"Illinois"}
    # a story from abroad is not set where its towns' names are towns too ("Athens" and "Greece", New York)
    assert not any(c[3] for c in cities("Riots broke out in Athens on Sunday. Police in Greece arrested 20 people, "
                                        "and the unrest spread to Sparta."))


def test_a_township_named_with_its_suffix_is_the_town() -> None:
    text = ("A Levittown man is being held after police say he shot a Philadelphia man in the parking lot of a "
            "Bensalem Township motel early Wednesday.")
    assert towns(text) == ["Bensalem"]


def test_a_tie_between_states_goes_to_the_one_whose_towns_are_far_larger() -> None:
    text = ("The man shot and killed Friday evening in Ensley was from Birmingham, the coroner said. Officers were "
            "called to the 1900 block of Avenue E. He had lived in Bessemer.")
    assert ("Ensley", "Birmingham", "Ensley", "Alabama") in cities(text)


def test_a_neighbourhood_of_a_story_naming_no_town_is_in_the_city_around_it() -> None:
    text = ("A 15-year-old boy was killed Sunday when someone opened fire on a porch in the North Lawndale "
            "neighborhood, police said.")
    assert cities(text) == [("North Lawndale", "Chicago", "North Lawndale", "Illinois")]
    # a town with a police force of its own is no neighbourhood of the city near it
    text = ("A 10-year-old boy accidentally shot himself outside a home in Nicoma Park, and Nicoma Park Police "
            "say he is stable. Neighbours said a scene like this in their quiet Nicoma Park neighborhood is rare.")
    assert set(towns(text)) == {"Nicoma Park"}


def test_a_big_city_named_only_as_where_a_victim_was_treated_places_the_story_nowhere() -> None:
    text = ("Lake Charles Police Sgt. Angela Broussard said the boy found a loaded pistol. He was taken to a "
            "hospital and later transferred to a children's hospital in Houston.")
    assert towns(text) == ["Lake Charles"]


def test_a_town_across_a_state_line_from_a_big_city_the_story_names_is_in_its_metro_area() -> None:
    text = ("Two men were killed at a house party in Gary late Saturday, police said. One of the dead was from "
            "Chicago. A wounded woman was transferred to Advocate Christ Medical Center in Oak Lawn, Ill.")
    assert [(m.city, m.admin1) for m in find_place_mentions(text) if m.city == "Gary"][:1] == [("Gary", "Indiana")]
    # far from any big city the story names, a town of another state is still not taken
    text = "A man was shot in Paris late Saturday, Chicago police said."
    assert [m.admin1 for m in find_place_mentions(text) if m.city == "Paris"] in ([], ["Illinois"])


def test_a_numbered_building_is_no_neighbourhood() -> None:
    assert towns("SHREVEPORT, La. - A man fired into a group standing outside Building 4.") == ["Shreveport"]


def test_a_short_name_of_a_hospital_the_story_names_in_full_is_no_town() -> None:
    text = "Second victim dies at Temple\n\nPHILADELPHIA — A man was taken to Temple University Hospital, where he died."
    assert [m.span.text for m in find_place_mentions(text)] == ["PHILADELPHIA"]
    text = "OAKLAND — A boy was taken to Highland Hospital. A man went to Highland on his own."
    assert [m.span.text for m in find_place_mentions(text)] == ["OAKLAND"]
    # "in Temple" is the town, even beside its hospital
    assert [m.city for m in find_place_mentions("A man was shot in Temple. He was taken to Temple Hospital.")] == [
        "Temple"]


def test_a_place_told_as_one_of_its_own_is_not_a_quarter_of_the_city_beside_it() -> None:
    text = ("LOS ANGELES — A gunman shot and killed a man in Lennox over the weekend. Lennox, a densely populated "
            "area of about 20,000 residents, is bordered by Inglewood and Hawthorne.")
    assert {m.city for m in find_place_mentions(text) if m.span.text == "Lennox"} == {"Lennox"}
    # an unincorporated area told by the town it lies near: Decatur, Georgia is a city beside Atlanta
    text = ("A man is dead after a shooting at a home in unincorporated DeKalb County near Decatur early Sunday. "
            "Anyone with information is asked to contact Crime Stoppers Greater Atlanta.")
    assert [m.city for m in find_place_mentions(text) if m.span.text == "Decatur"] == ["Decatur"]


def test_a_county_s_name_is_no_town_of_another_state() -> None:
    # "DeKalb" is the county here (Georgia's, beside Atlanta), not DeKalb, Illinois, which has a Decatur too
    text = ("DeKalb police: 1 dead, 2 shot near Decatur\n\nA man is dead after a shooting at a home in unincorporated "
            "DeKalb County near Decatur early Sunday, DeKalb County police said. Anyone with information is asked to "
            "contact Crime Stoppers Greater Atlanta.")
    assert {m.admin1 for m in find_place_mentions(text)} == {"Georgia"}


def test_where_a_chase_began_is_not_where_it_ended() -> None:
    text = ("Chase that began in Mesa ends with man fatally shot by police in Chandler\n\nCHANDLER, Ariz. (AP) — A man "
            "who led officers on a chase that started in Mesa was shot and killed by police late Monday in Chandler.")
    assert [m.city for m in find_place_mentions(text) if m.span.text == "Mesa"] == []
    text = "Chase from Hammond ends in Calumet City shootout; suspect killed"
    assert [m.city for m in find_place_mentions(text)] == ["Calumet City"]


def test_a_town_with_officers_of_its_own_is_no_quarter_of_the_city_beside_it() -> None:
    text = ("A man who led Little Rock police on a chase wounded a North Little Rock officer in an exchange of gunfire "
            "in North Little Rock.")
    assert {m.city for m in find_place_mentions(text) if m.span.text == "North Little Rock"} == {"North Little Rock"}


def test_a_village_the_gazetteer_lacks_is_the_town_its_dateline_names() -> None:
    text = ("COHAGEN, Mont. (AP) — A rancher was shot and killed Sunday during an argument over a fence, the\n"
            "Garfield County Sheriff's Office said. He was taken to a hospital in Billings.")
    assert cities(text)[0][1:] == ("Cohagen", None, "Montana")


def test_a_village_the_gazetteer_lacks_is_where_it_happened_near_it() -> None:
    text = ("A farmer was shot and killed Sunday at a farmhouse near Mosby, Montana authorities said. "
            "An ambulance from Lewistown arrived too late, and the suspect is held in the Fergus County "
            "Detention Center in Lewistown.")
    assert towns(text) == ["Mosby"]


def test_the_community_of_a_county_is_a_village() -> None:
    text = ("Kentucky State Police are investigating a shooting that left one man dead in the Cutshin "
            "community of Leslie County on Friday.")
    assert cities(text) == [("Cutshin", "Cutshin", None, "Kentucky")]


def test_a_village_told_as_a_community_the_way_of_a_town_is_a_village() -> None:
    text = ("A Sumner County man shot and killed his brother Tuesday in Bethpage, a rural community northeast of "
            "Gallatin, the sheriff said. The victim's son was flown to a hospital in Nashville, Tennessee.")
    assert towns(text) == ["Bethpage"]


def test_an_unknown_name_is_no_village_without_a_town_s_cue() -> None:
    labelled = "GRASS RANGE: the photo shows deputies in Montana.\n\nPHOTO: Montana deputies at the scene."
    assert towns(labelled) == []
    surname = "Cody Barstad, a Montana ranch hand, was shot. Deputies found him lying near Barstad's truck."
    assert towns(surname) == []
    in_a_city = "CHICAGO — Two men were shot near Cutshin early Sunday, Chicago police said."
    assert set(towns(in_a_city)) == {"Chicago"}


def test_west_virginia_names_no_virginia() -> None:
    assert article_states("A man died after he was shot near Sandyville in Jackson County, West Virginia.") == {"WV"}
    assert article_states("A Northwest Indiana man was shot in Hammond.") == {"IN"}
    assert towns("A Ripley man died after he was shot late Saturday near Sandyville in northern Jackson County, West "
                 "Virginia State Police said.") == ["Sandyville"]


def test_a_village_s_county_gives_its_state_in_a_story_of_two_states() -> None:
    text = ("A 61-year-old hunter from Illinois was shot in the back Saturday, the opening day of Wisconsin's gun deer "
            "season, in the Town of Boulder Junction in Vilas County. He was flown to a hospital in Marshfield.")
    assert towns(text) == ["Boulder Junction"]


def test_a_suburb_a_county_force_investigates_is_no_part_of_the_big_city_of_the_dateline() -> None:
    text = ("ST. LOUIS (KSDK) -- A man was shot and killed Thursday morning in Jennings, according to St. Louis County "
            "police. Police identified him as Darnell Hughes, of north St. Louis County.")
    assert towns(text)[:2] == ["St. Louis", "Jennings"]
    text = ("BALTIMORE -- Two men were shot Saturday in the parking lot of a Glen Burnie shopping center, Anne Arundel "
            "County police said. Both were taken to Shock Trauma in Baltimore. The 30-year-old, of Baltimore, is "
            "expected to survive.")
    assert ("Glen Burnie", "Glen Burnie", None, "Maryland") in cities(text)
    # a big city's quarter under its dateline stays in it
    text = "CHICAGO (CBS) -- Four men were shot Monday while they gathered on an Englewood porch, police said."
    assert ("Englewood", "Chicago", "Englewood", "Illinois") in cities(text)


def test_a_titled_person_and_a_numbered_street_s_compass_word_are_not_places() -> None:
    text = ("JACKSONVILLE, Fla. -- A man was killed Saturday night, the Sheriff's Office said. Officers responded to "
            "Moncrief Road near West 33rd Street, JSO Sgt. Dale Whitfield said. Whitfield said witnesses saw a fight.")
    assert towns(text) == ["Jacksonville"]
