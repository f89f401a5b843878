"""Hard English sentence boundaries, by category, for ``benchmarks/segmentation.py``.

``WITH_RULES`` holds the cases of 1.0, written together with its rules (so its share
there is flattered). ``BEFORE_RULES`` holds cases written before the rule that fixes
them, from the shapes of trouble listed for the splitter and seen in the bench
articles (the sentences are our own; a comment marks those of the articles' shapes).
``AFTER_RULES`` holds cases written once those rules were in, in the same shapes
with other words, and never tuned on. Each case is a text and the sentences
expected; one line break ends a paragraph, as in scraped news.

Run it to list the cases of a category::

    python benchmarks/segmentation_cases.py [--category NAME]
"""

from __future__ import annotations

import argparse

Case = tuple[str, list[str]]

WITH_RULES: dict[str, list[Case]] = {
    "titles and abbreviations": [
        (
            "Mr. Smith went to Washington. He arrived on Monday.",
            ["Mr. Smith went to Washington.", "He arrived on Monday."],
        ),
        (
            "Dr. Jane Doe of the U.N. said the talks had failed. Diplomats disagreed.",
            ["Dr. Jane Doe of the U.N. said the talks had failed.", "Diplomats disagreed."],
        ),
        (
            "Lt. Gen. Maria Ortiz led the assault. The town fell on Saturday.",
            ["Lt. Gen. Maria Ortiz led the assault.", "The town fell on Saturday."],
        ),
        (
            "Lt. Col. Ann Brooks, a spokeswoman, declined to comment.",
            ["Lt. Col. Ann Brooks, a spokeswoman, declined to comment."],
        ),
        (
            "Sen. Tom Hall and Rep. Ann Lee met Gov. Ray Moss at 9 a.m. on Tuesday.",
            ["Sen. Tom Hall and Rep. Ann Lee met Gov. Ray Moss at 9 a.m. on Tuesday."],
        ),
        (
            "The meeting ended at 5 p.m. Officials left soon after.",
            ["The meeting ended at 5 p.m.", "Officials left soon after."],
        ),
        (
            "The U.S.-backed coalition advanced slowly. Progress stalled in March.",
            ["The U.S.-backed coalition advanced slowly.", "Progress stalled in March."],
        ),
        (
            "She moved to the U.S. The move surprised her family.",
            ["She moved to the U.S.", "The move surprised her family."],
        ),
        (
            "Prices rose in the U.K. and in France last year.",
            ["Prices rose in the U.K. and in France last year."],
        ),
        ("The U.N. Security Council met on Friday.", ["The U.N. Security Council met on Friday."]),
        (
            "Mr Trump said the U.S. would stay. Mrs May disagreed.",
            ["Mr Trump said the U.S. would stay.", "Mrs May disagreed."],
        ),
        (
            "Shares of Acme Inc. fell 4% on Friday. Rivals gained.",
            ["Shares of Acme Inc. fell 4% on Friday.", "Rivals gained."],
        ),
        (
            "The company, Acme Corp., denied the report. Its shares fell.",
            ["The company, Acme Corp., denied the report.", "Its shares fell."],
        ),
        ("He worked for Smith & Co. for ten years.", ["He worked for Smith & Co. for ten years."]),
        (
            "The deal closes in Jan. 2025, the company said.",
            ["The deal closes in Jan. 2025, the company said."],
        ),
        (
            "Sales peaked in Sept. Then they collapsed.",
            ["Sales peaked in Sept.", "Then they collapsed."],
        ),
        ("Bring tents, stoves, etc. to the camp.", ["Bring tents, stoves, etc. to the camp."]),
        (
            "They packed tents, stoves, etc. The trip took a week.",
            ["They packed tents, stoves, etc.", "The trip took a week."],
        ),
        (
            "Some cities, e.g. Paris and Rome, banned cars.",
            ["Some cities, e.g. Paris and Rome, banned cars."],
        ),
        (
            "The case, Smith vs. Jones, went to trial.",
            ["The case, Smith vs. Jones, went to trial."],
        ),
        ("He lives at 12 Main St. in Springfield.", ["He lives at 12 Main St. in Springfield."]),
        (
            "Martin Luther King Jr. gave the speech in 1963. It changed history.",
            ["Martin Luther King Jr. gave the speech in 1963.", "It changed history."],
        ),
        (
            "Ph.D. students at the university protested.",
            ["Ph.D. students at the university protested."],
        ),
        (
            "She earned a B.A. from Yale in 1999. Then she moved to Ohio.",
            ["She earned a B.A. from Yale in 1999.", "Then she moved to Ohio."],
        ),
    ],
    "initials": [
        ("George W. Bush met Tony Blair in 2003.", ["George W. Bush met Tony Blair in 2003."]),
        (
            "J. K. Rowling published a new book. Fans queued overnight.",
            ["J. K. Rowling published a new book.", "Fans queued overnight."],
        ),
        (
            "The novel by J.R.R. Tolkien sold millions of copies.",
            ["The novel by J.R.R. Tolkien sold millions of copies."],
        ),
        (
            "The airport is named after John F. Kennedy. It opened in 1948.",
            ["The airport is named after John F. Kennedy.", "It opened in 1948."],
        ),
        (
            "The pill contains vitamin C. It is sold in pharmacies.",
            ["The pill contains vitamin C.", "It is sold in pharmacies."],
        ),
        (
            "Temperatures reached 40 C. Crops withered in the fields.",
            ["Temperatures reached 40 C.", "Crops withered in the fields."],
        ),
    ],
    "quotes": [
        ('He said "no." Then he walked away.', ['He said "no."', "Then he walked away."]),
        (
            "She called the plan \u2018finished.\u2019 Nobody agreed.",
            ["She called the plan \u2018finished.\u2019", "Nobody agreed."],
        ),
        (
            "\u201cWe are proud of our work,\u201d the commander said. "
            "\u201cThe fight is over.\u201d",
            [
                "\u201cWe are proud of our work,\u201d the commander said.",
                "\u201cThe fight is over.\u201d",
            ],
        ),
        (
            "\u201cIs the war over?\u201d a reporter asked. Nobody answered.",
            ["\u201cIs the war over?\u201d a reporter asked.", "Nobody answered."],
        ),
        ('"Where are you going?" he asked.', ['"Where are you going?" he asked.']),
        ("\u201cIt is finished!\u201d Ortiz said.", ["\u201cIt is finished!\u201d Ortiz said."]),
        (
            'The minister called it "a disaster." Opposition parties demanded a vote.',
            ['The minister called it "a disaster."', "Opposition parties demanded a vote."],
        ),
    ],
    "numbers": [
        (
            "The company raised $1.5 million. Investors were pleased.",
            ["The company raised $1.5 million.", "Investors were pleased."],
        ),
        ("Pi is about 3.14. It never ends.", ["Pi is about 3.14.", "It never ends."]),
        (
            "The rate fell to 2.5% in 2019. It rose again in 2020.",
            ["The rate fell to 2.5% in 2019.", "It rose again in 2020."],
        ),
        (
            "Turnout was 61.7 percent, up from 58.2 percent.",
            ["Turnout was 61.7 percent, up from 58.2 percent."],
        ),
        ("He finished No. 1 in the race.", ["He finished No. 1 in the race."]),
        ("The vote was 52-48. The bill passed.", ["The vote was 52-48.", "The bill passed."]),
    ],
    "urls and e-mail": [
        (
            "Read more at www.example.com/news/a.b.html. The site is free.",
            ["Read more at www.example.com/news/a.b.html.", "The site is free."],
        ),
        ("Contact press@example.org for details.", ["Contact press@example.org for details."]),
        (
            "Visit https://example.com/path?id=1.5 for the full report.",
            ["Visit https://example.com/path?id=1.5 for the full report."],
        ),
        (
            "Send tips to jane.doe@news.example.com. We reply within a day.",
            ["Send tips to jane.doe@news.example.com.", "We reply within a day."],
        ),
    ],
    "lists and headings": [
        (
            "Key points:\n- Prices rose\n- Wages fell\n- Rents were flat",
            ["Key points:", "- Prices rose", "- Wages fell", "- Rents were flat"],
        ),
        (
            "1. Gather the evidence\n2. Interview witnesses\n3. File the report",
            ["1. Gather the evidence", "2. Interview witnesses", "3. File the report"],
        ),
        (
            "The plan has three steps: (1) talk, (2) vote and (3) act.",
            ["The plan has three steps: (1) talk, (2) vote and (3) act."],
        ),
        (
            "Markets Rally After Rate Cut\nStocks climbed on Monday. Bonds fell.",
            ["Markets Rally After Rate Cut", "Stocks climbed on Monday.", "Bonds fell."],
        ),
        (
            "BREAKING NEWS\n\nA fire broke out downtown.",
            ["BREAKING NEWS", "A fire broke out downtown."],
        ),
        (
            "More news: Storm closes schools\nMore news: Team wins title",
            ["More news: Storm closes schools", "More news: Team wins title"],
        ),
        (
            "Photo: Smoke rises over the village\nFighters advanced at dawn.",
            ["Photo: Smoke rises over the village", "Fighters advanced at dawn."],
        ),
        (
            "Q. What happened next?\nA. The convoy turned back.",
            ["Q. What happened next?", "A. The convoy turned back."],
        ),
    ],
    "ellipses": [
        (
            "He hesitated... Then he signed the deal.",
            ["He hesitated...", "Then he signed the deal."],
        ),
        ("The answer was... complicated.", ["The answer was... complicated."]),
        (
            "\u201cWe will win \u2026 and we will rebuild,\u201d she said.",
            ["\u201cWe will win \u2026 and we will rebuild,\u201d she said."],
        ),
        ("Wait\u2026 Is that true?", ["Wait\u2026", "Is that true?"]),
    ],
    "parentheses": [
        (
            "The group (known as the SDF) took the town. Fighting stopped.",
            ["The group (known as the SDF) took the town.", "Fighting stopped."],
        ),
        (
            "(The figures are estimates.) Aid arrived on Sunday.",
            ["(The figures are estimates.)", "Aid arrived on Sunday."],
        ),
        (
            "He left early (see Fig. 2 for details). Others stayed.",
            ["He left early (see Fig. 2 for details).", "Others stayed."],
        ),
    ],
    "question and exclamation marks": [
        ("Is it over?! Nobody knows.", ["Is it over?!", "Nobody knows."]),
        (
            "What a result! Fans celebrated all night.",
            ["What a result!", "Fans celebrated all night."],
        ),
        (
            "Why did they leave? Nobody could say. Was it fear?",
            ["Why did they leave?", "Nobody could say.", "Was it fear?"],
        ),
    ],
    "line breaks": [
        (
            "The commander said the town\nhad fallen after weeks of fighting. Aid groups\n"
            "welcomed the news.",
            [
                "The commander said the town had fallen after weeks of fighting.",
                "Aid groups welcomed the news.",
            ],
        ),
        ("The town fell.\nCivilians fled.", ["The town fell.", "Civilians fled."]),
        (
            "First paragraph ends here.\n\nSecond paragraph starts here. It has two sentences.",
            [
                "First paragraph ends here.",
                "Second paragraph starts here.",
                "It has two sentences.",
            ],
        ),
        (
            "The fighting ended on Saturday.Residents returned home.",
            ["The fighting ended on Saturday.", "Residents returned home."],
        ),
    ],
    "more abbreviations": [
        (
            "The loss was reported by Acme Ltd. Analysts had expected a profit.",
            ["The loss was reported by Acme Ltd.", "Analysts had expected a profit."],
        ),
        (
            "He was born in Washington, D.C. and grew up in Ohio.",
            ["He was born in Washington, D.C. and grew up in Ohio."],
        ),
        (
            "She arrived at 10:30 a.m. The talks began at noon.",
            ["She arrived at 10:30 a.m.", "The talks began at noon."],
        ),
        (
            "Smith (R-Texas) voted no. Jones (D-Ohio) voted yes.",
            ["Smith (R-Texas) voted no.", "Jones (D-Ohio) voted yes."],
        ),
        ('He asked, "Why now?" and left the room.', ['He asked, "Why now?" and left the room.']),
        (
            "The U.S. Army said the strike hit a depot.",
            ["The U.S. Army said the strike hit a depot."],
        ),
        (
            "Apple Inc. Chief Executive Tim Cook spoke first.",
            ["Apple Inc. Chief Executive Tim Cook spoke first."],
        ),
        (
            "The talks resume at 9 a.m. Monday in Geneva.",
            ["The talks resume at 9 a.m. Monday in Geneva."],
        ),
        (
            "Prof. Alan Grey, who teaches at Oxford, disagreed. So did his students.",
            ["Prof. Alan Grey, who teaches at Oxford, disagreed.", "So did his students."],
        ),
        (
            "The firm moved to St. Louis in 2010. It later moved again.",
            ["The firm moved to St. Louis in 2010.", "It later moved again."],
        ),
        (
            "Fighters from the so-called Islamic State (IS) fled. Many surrendered.",
            ["Fighters from the so-called Islamic State (IS) fled.", "Many surrendered."],
        ),
        (
            'The sign said "Closed." Customers went home.',
            ['The sign said "Closed."', "Customers went home."],
        ),
        (
            "The ship sank in 1912. About 1,500 people died.",
            ["The ship sank in 1912.", "About 1,500 people died."],
        ),
        (
            "Sales rose 3.5 per cent. Profits fell 2 per cent.",
            ["Sales rose 3.5 per cent.", "Profits fell 2 per cent."],
        ),
        (
            "The Rev. Al Green preached. The crowd sang.",
            ["The Rev. Al Green preached.", "The crowd sang."],
        ),
        ("Oct. 7 was a Saturday.", ["Oct. 7 was a Saturday."]),
        (
            "The report (pp. 12-14) lists the victims.",
            ["The report (pp. 12-14) lists the victims."],
        ),
        (
            "Is this the end? Or is it the beginning?",
            ["Is this the end?", "Or is it the beginning?"],
        ),
        ("They shouted \u201cFree!\u201d and ran.", ["They shouted \u201cFree!\u201d and ran."]),
    ],
}

BEFORE_RULES: dict[str, list[Case]] = {
    "inline lists": [
        (
            "1.) Shut the main valve 2.) Lock the side door",
            ["1.) Shut the main valve", "2.) Lock the side door"],
        ),
        (
            "1.) Shut the main valve. 2.) Lock the side door.",
            ["1.) Shut the main valve.", "2.) Lock the side door."],
        ),
        (
            "1) Check the tyres 2) Fill the tank 3) Start the engine",
            ["1) Check the tyres", "2) Fill the tank", "3) Start the engine"],
        ),
        (
            "1) Check the tyres. 2) Fill the tank.",
            ["1) Check the tyres.", "2) Fill the tank."],
        ),
        (
            "1. Call the council 2. Write to your MP",
            ["1. Call the council", "2. Write to your MP"],
        ),
        (
            "1. Call the council. 2. Write to your MP.",
            ["1. Call the council.", "2. Write to your MP."],
        ),
        (
            "\u2022 3. Keep the receipt \u2022 4. Call the office",
            ["\u2022 3. Keep the receipt", "\u2022 4. Call the office"],
        ),
        (
            "\u20437. Pack a torch \u20438. Pack some water",
            ["\u20437. Pack a torch", "\u20438. Pack some water"],
        ),
        (
            "a. Read the notice b. Sign the form c. Return it by Friday",
            ["a. Read the notice", "b. Sign the form", "c. Return it by Friday"],
        ),
        (
            "A. Stay indoors B. Close the windows C. Listen to the radio",
            ["A. Stay indoors", "B. Close the windows", "C. Listen to the radio"],
        ),
        (
            "The plan: (1) talk, (2) vote and (3) act. It passed.",
            ["The plan: (1) talk, (2) vote and (3) act.", "It passed."],
        ),
        (
            "Trains ran on lines 1 and 2. Buses ran on route 3.",
            ["Trains ran on lines 1 and 2.", "Buses ran on route 3."],
        ),
        (
            "He finished 2. His brother came 3. Both were happy.",
            ["He finished 2.", "His brother came 3.", "Both were happy."],
        ),
        (
            "Before you leave: 1) Turn off the gas 2) Lock the door",
            ["Before you leave:", "1) Turn off the gas", "2) Lock the door"],
        ),
        (
            "The deal has two parts: a) more aid, b) fewer checks.",
            ["The deal has two parts: a) more aid, b) fewer checks."],
        ),
    ],
    "ellipses": [
        # a shape seen in the bench articles
        (
            "The agency gives help in \u201crare cases . . . judged one by one,\u201d she said.",
            ["The agency gives help in \u201crare cases . . . judged one by one,\u201d she said."],
        ),
        ("The deal was . . . complicated, he said.", ["The deal was . . . complicated, he said."]),
        (
            "The crowd just . . . kept . . . cheering.",
            ["The crowd just . . . kept . . . cheering."],
        ),
        (
            "I was not sure ... well, what I mean...you know . . . the thing is . . . I lost it.",
            ["I was not sure ... well, what I mean...you know . . . the thing is . . . I lost it."],
        ),
        (
            "A writer drops the end of a sentence with spaced dots and a stop . . . . Then "
            "the text goes on.",
            [
                "A writer drops the end of a sentence with spaced dots and a stop . . . .",
                "Then the text goes on.",
            ],
        ),
        ("I never said that.... She walked out.", ["I never said that....", "She walked out."]),
        (
            "The first act was slow . . . said most critics of the play. . . . The second act "
            "was better. . . .",
            [
                "The first act was slow . . . said most critics of the play.",
                ". . . The second act was better. . . .",
            ],
        ),
        (
            "She wrote that \u201cthe answer will come in time. . . .\u201d",
            ["She wrote that \u201cthe answer will come in time. . . .\u201d"],
        ),
        (
            '"The mayor [...] rejected the plan [...]" (Times, p. 4).',
            ['"The mayor [...] rejected the plan [...]" (Times, p. 4).'],
        ),
        (
            "\u201cWe are not ... leaving,\u201d he said.",
            ["\u201cWe are not ... leaving,\u201d he said."],
        ),
        (
            "\u201cI thought ... I thought we had lost,\u201d she said.",
            ["\u201cI thought ... I thought we had lost,\u201d she said."],
        ),
        # a shape seen in the bench articles
        (
            "The plan was drawn up in May. . . . None of it was used, he said.",
            ["The plan was drawn up in May.", ". . . None of it was used, he said."],
        ),
        # a shape seen in the bench articles
        (
            "\u201cWe grieve for the crew . . . The cause is not yet known,\u201d it said.",
            [
                "\u201cWe grieve for the crew . . .",
                "The cause is not yet known,\u201d it said.",
            ],
        ),
        (
            "\u201cWait...\u201d he said. Nobody moved.",
            ["\u201cWait...\u201d he said.", "Nobody moved."],
        ),
    ],
    "e-mail": [
        (
            "Her address is ana.ruiz@example.org. Write to her today.",
            ["Her address is ana.ruiz@example.org.", "Write to her today."],
        ),
        (
            "Send it to press.office@city.example before noon.",
            ["Send it to press.office@city.example before noon."],
        ),
        (
            "Contact press.office@city.example. The office opens at nine.",
            ["Contact press.office@city.example.", "The office opens at nine."],
        ),
        (
            "Write to Anna.Berg@Example.com for the forms.",
            ["Write to Anna.Berg@Example.com for the forms."],
        ),
        # a shape seen in the bench articles
        ("Mail: Priya.Nair@Gazette.example", ["Mail: Priya.Nair@Gazette.example"]),
        (
            "Tips go to news.desk@paper.example or to the website.",
            ["Tips go to news.desk@paper.example or to the website."],
        ),
    ],
    "abbreviation at a sentence end": [
        (
            "The polls closed at 8 p.m. Officials began counting at once.",
            ["The polls closed at 8 p.m.", "Officials began counting at once."],
        ),
        (
            "Voting ends at 8 p.m. Monday, officials said.",
            ["Voting ends at 8 p.m. Monday, officials said."],
        ),
        (
            "At 6 a.m. Mr. Lee opened the shop. He shut it at 9 P.M. Mr. Lee then went home.",
            [
                "At 6 a.m. Mr. Lee opened the shop.",
                "He shut it at 9 P.M.",
                "Mr. Lee then went home.",
            ],
        ),
        ("Let's ask Ana and co. They will know.", ["Let's ask Ana and co.", "They will know."]),
        ("Were Ana and co. at the party?", ["Were Ana and co. at the party?"]),
        (
            "They signed with Reed, Hart & Co. It was done by noon.",
            ["They signed with Reed, Hart & Co.", "It was done by noon."],
        ),
        ("I live in the E.U. How about you?", ["I live in the E.U.", "How about you?"]),
        ("She works for the U.S. Navy in Norfolk.", ["She works for the U.S. Navy in Norfolk."]),
        ("I have lived in the U.S. for ten years.", ["I have lived in the U.S. for ten years."]),
        ("That is Ray Dunn Jr.'s car.", ["That is Ray Dunn Jr.'s car."]),
        ("You can see Mt. Rainier from the deck.", ["You can see Mt. Rainier from the deck."]),
        (
            "The church is on 5th st. near the school.",
            ["The church is on 5th st. near the school."],
        ),
        (
            "The award went to Martin Cole Jr. He accepted it in person.",
            ["The award went to Martin Cole Jr.", "He accepted it in person."],
        ),
        ("I visited the U.S.A. last year.", ["I visited the U.S.A. last year."]),
        ("Please turn to p. 55.", ["Please turn to p. 55."]),
        (
            "The office opens at 9 a.m. Visitors must book ahead.",
            ["The office opens at 9 a.m.", "Visitors must book ahead."],
        ),
        (
            "The shop shuts at 5 P.M. Dr. Ray Hill runs it.",
            ["The shop shuts at 5 P.M.", "Dr. Ray Hill runs it."],
        ),
        (
            "The ferry sank near Kell, W.M. One man drowned and two swam.",
            ["The ferry sank near Kell, W.M.", "One man drowned and two swam."],
        ),
        ("Its founder, A.B. Dale wrote the plan.", ["Its founder, A.B. Dale wrote the plan."]),
    ],
    "one letter at a sentence end": [
        (
            "It was up to you and I. Did anyone ask Peter I. Moss?",
            ["It was up to you and I.", "Did anyone ask Peter I. Moss?"],
        ),
        ("They met John F. Kennedy at the port.", ["They met John F. Kennedy at the port."]),
        (
            "Temperatures reached 40 C. Crops withered in the fields.",
            ["Temperatures reached 40 C.", "Crops withered in the fields."],
        ),
        ("The team chose plan B. Nobody objected.", ["The team chose plan B.", "Nobody objected."]),
        ("The letter came from J. Smith in Leeds.", ["The letter came from J. Smith in Leeds."]),
        ("Vote for option A. It is cheaper.", ["Vote for option A.", "It is cheaper."]),
        ("Photos by Mary K. Lee.", ["Photos by Mary K. Lee."]),
        (
            "He answered with one letter: X. Then he hung up.",
            ["He answered with one letter: X.", "Then he hung up."],
        ),
        (
            "The hotel got a grade of D. Inspectors found mould.",
            ["The hotel got a grade of D.", "Inspectors found mould."],
        ),
        (
            "The last ones out were Dan and I. Was anyone else there?",
            ["The last ones out were Dan and I.", "Was anyone else there?"],
        ),
    ],
    "numero": [
        (
            "The box is kept at N\u00b0. 4471.208.19. That is the old depot.",
            ["The box is kept at N\u00b0. 4471.208.19.", "That is the old depot."],
        ),
        ("The song reached No. 6 on the chart.", ["The song reached No. 6 on the chart."]),
        # a shape seen in the bench articles
        (
            "The team sat at No. 17. It climbed to No. 2 by spring.",
            ["The team sat at No. 17.", "It climbed to No. 2 by spring."],
        ),
        ("Invoice nos. 14 and 15 were paid.", ["Invoice nos. 14 and 15 were paid."]),
        ("Case N\u00ba. 58 was closed.", ["Case N\u00ba. 58 was closed."]),
        (
            "It was the No. 3 pick. No. 4 went to Dallas.",
            ["It was the No. 3 pick.", "No. 4 went to Dallas."],
        ),
        ("Look for house no. 7 on the left.", ["Look for house no. 7 on the left."]),
    ],
    "designations": [
        # shapes seen in the bench articles: a bill's designation before its number
        (
            "The House passed H. Res. 412, the rule for the pier bill. It goes to the Senate.",
            ["The House passed H. Res. 412, the rule for the pier bill.", "It goes to the Senate."],
        ),
        (
            "Senators adopted S. Con. Res. 9 by 51 to 49. Ada Ode voted no.",
            ["Senators adopted S. Con. Res. 9 by 51 to 49.", "Ada Ode voted no."],
        ),
        (
            "Since H.R. 2210 became law, fares have doubled.",
            ["Since H.R. 2210 became law, fares have doubled."],
        ),
        (
            "She sang in the film Night Over the Harbour. 40 years later, it still plays.",
            ["She sang in the film Night Over the Harbour.", "40 years later, it still plays."],
        ),
    ],
    "a dash after a stop": [
        # shapes seen in the bench articles: an abbreviation or a bracket, then a dash
        (
            "The bill's authors, led by Rep. Ada Ode, D-N.Y. -- all of whom sat on the board -- "
            "met on Monday. They agreed.",
            [
                "The bill's authors, led by Rep. Ada Ode, D-N.Y. -- all of whom sat on the board "
                "-- met on Monday.",
                "They agreed.",
            ],
        ),
        (
            "Sen. Ivo Brandt (R-Kessel.) \u2014 at home after surgery \u2014 missed the vote.",
            ["Sen. Ivo Brandt (R-Kessel.) \u2014 at home after surgery \u2014 missed the vote."],
        ),
        (
            'The crowd shouted "Open the pier!" \u2014 with the mayor joining in.',
            ['The crowd shouted "Open the pier!" \u2014 with the mayor joining in.'],
        ),
        (
            "we will miss the old ferry. \u2014 ada (@ada_ode) May 2, 2024",
            ["we will miss the old ferry.", "\u2014 ada (@ada_ode) May 2, 2024"],
        ),
    ],
    "footnote marks": [
        # a shape seen in the bench articles: reference pages' marks after the stop
        (
            "The church opened in 1912.[4] The parish is large.",
            ["The church opened in 1912.[4]", "The parish is large."],
        ),
        (
            "The parish is large.[12][13] It holds 900 people.",
            ["The parish is large.[12][13]", "It holds 900 people."],
        ),
        ("Fares rose 5%.[a] Ferries ran.", ["Fares rose 5%.[a]", "Ferries ran."]),
        ("See note [4] for more. He left.", ["See note [4] for more.", "He left."]),
    ],
    "glued sentences": [
        (
            "He was released from prison.He was arrested again in May.",
            ["He was released from prison.", "He was arrested again in May."],
        ),
        (
            "Good morning.Today is Tuesday.Mr. Lee bought 1,000.That is a lot.",
            ["Good morning.", "Today is Tuesday.", "Mr. Lee bought 1,000.", "That is a lot."],
        ),
        ("They won!Fans cheered in the streets.", ["They won!", "Fans cheered in the streets."]),
        ("Is it over?Nobody knows.", ["Is it over?", "Nobody knows."]),
        # a shape seen in the bench articles
        (
            'The road stayed shut all week."We had no warning," a driver said.',
            ["The road stayed shut all week.", '"We had no warning," a driver said.'],
        ),
        (
            "The vote was on Friday.\u201cIt is over,\u201d he said.",
            ["The vote was on Friday.", "\u201cIt is over,\u201d he said."],
        ),
        # a shape seen in the bench articles
        (
            "He was badly hurt (with two broken ribs).Surgeons saw him on Monday.",
            ["He was badly hurt (with two broken ribs).", "Surgeons saw him on Monday."],
        ),
        (
            "Costs rose 3.5 percent.Sales were flat at 2.1 percent.",
            ["Costs rose 3.5 percent.", "Sales were flat at 2.1 percent."],
        ),
        # a shape seen in the bench articles
        (
            "The hearing was moved to June 4.Lawyers asked for more time.",
            ["The hearing was moved to June 4.", "Lawyers asked for more time."],
        ),
        (
            "The U.S. and the U.K. agreed, e.g. on trade.",
            ["The U.S. and the U.K. agreed, e.g. on trade."],
        ),
        (
            "See example.com or news.example.org for 3.5 million records.",
            ["See example.com or news.example.org for 3.5 million records."],
        ),
        (
            "Read it on www.Example.com today.",
            ["Read it on www.Example.com today."],
        ),
    ],
    "line breaks": [
        (
            "features\ncontact manager\nevents, activities\n",
            ["features", "contact manager", "events, activities"],
        ),
        (
            "This is a line\ncut in the middle by a converter.",
            ["This is a line\ncut in the middle by a converter."],
        ),
        ("It was a cold \nnight in the town.", ["It was a cold \nnight in the town."]),
        (
            "Topics\nlocal news\nweather, sport\n",
            ["Topics", "local news", "weather, sport"],
        ),
    ],
}


# Written after the rules above, in the same shapes with other words, and not tuned on:
# how far the rules carry beyond the cases they were written for.
AFTER_RULES: dict[str, list[Case]] = {
    "inline lists": [
        (
            "1.) Fill in the form. 2.) Post it. 3.) Wait for a reply.",
            ["1.) Fill in the form.", "2.) Post it.", "3.) Wait for a reply."],
        ),
        ("1) The mayor spoke 2) The council voted", ["1) The mayor spoke", "2) The council voted"]),
        (
            "1. The bridge shut. 2. The ferry ran late.",
            ["1. The bridge shut.", "2. The ferry ran late."],
        ),
        (
            "\u2022 12. The first rule \u2022 13. The second rule",
            ["\u2022 12. The first rule", "\u2022 13. The second rule"],
        ),
        (
            "a. The first step b. The second step c. The last step",
            ["a. The first step", "b. The second step", "c. The last step"],
        ),
    ],
    "ellipses": [
        ("I never thought so.... He smiled.", ["I never thought so....", "He smiled."]),
        (
            "He was not really ... well, what I mean...look . . . the point is . . . I was wrong.",
            [
                "He was not really ... well, what I mean...look . . . the point is . . . I was "
                "wrong."
            ],
        ),
        (
            "To cut the end of a quoted sentence, use spaced dots and then a stop . . . . The "
            "next one starts here.",
            [
                "To cut the end of a quoted sentence, use spaced dots and then a stop . . . .",
                "The next one starts here.",
            ],
        ),
        (
            "One old custom that had faded . . . was that of naming boats after saints. . . . "
            "The custom did not die. . . .",
            [
                "One old custom that had faded . . . was that of naming boats after saints.",
                ". . . The custom did not die. . . .",
            ],
        ),
        (
            "The author says that by living simply, \u201cthe world will seem less crowded. . . "
            ".\u201d",
            [
                "The author says that by living simply, \u201cthe world will seem less crowded. "
                ". . .\u201d"
            ],
        ),
        (
            '"Darwin [...] saw the finches [...]" (Lee 12).',
            ['"Darwin [...] saw the finches [...]" (Lee 12).'],
        ),
    ],
    "e-mail and urls": [
        (
            "His email is Tom.Reed@example.net. I wrote to him.",
            ["His email is Tom.Reed@example.net.", "I wrote to him."],
        ),
        (
            "The page is: https://www.site.42.org/new-page/long_story.html. Please read it.",
            ["The page is: https://www.site.42.org/new-page/long_story.html.", "Please read it."],
        ),
    ],
    "abbreviation at a sentence end": [
        ("Let's ask Tom and co. They might know.", ["Let's ask Tom and co.", "They might know."]),
        ("Was Tom and co. at the game?", ["Was Tom and co. at the game?"]),
        (
            "They settled with Hale, Moss & Co. at dawn.",
            ["They settled with Hale, Moss & Co. at dawn."],
        ),
        (
            "They settled with Hale, Moss & Co. It took a week.",
            ["They settled with Hale, Moss & Co.", "It took a week."],
        ),
        (
            "St. Anne's Hall is on 3rd st. near the park.",
            ["St. Anne's Hall is on 3rd st. near the park."],
        ),
        ("We toured the U.S.A. last spring.", ["We toured the U.S.A. last spring."]),
        ("I work in the U.K. Where do you work?", ["I work in the U.K.", "Where do you work?"]),
        ("He served in the U.S. Army for years.", ["He served in the U.S. Army for years."]),
        (
            "At 7 a.m. Mrs. Park left the house. She came back at 8 P.M. Mrs. Park then slept.",
            [
                "At 7 a.m. Mrs. Park left the house.",
                "She came back at 8 P.M.",
                "Mrs. Park then slept.",
            ],
        ),
    ],
    "one letter at a sentence end": [
        (
            "We make a fine pair, you and I. Did you meet Henry I. Lowe?",
            ["We make a fine pair, you and I.", "Did you meet Henry I. Lowe?"],
        ),
        ("My name is Ann B. Cole.", ["My name is Ann B. Cole."]),
        ("Turn to p. 12.", ["Turn to p. 12."]),
    ],
    "numbers": [
        ("He has $250.50 in cash.", ["He has $250.50 in cash."]),
        ("He has $250.50. It is in his wallet.", ["He has $250.50.", "It is in his wallet."]),
        (
            "It sits at N\u00b0. 2210.14.7. That is the vault.",
            ["It sits at N\u00b0. 2210.14.7.", "That is the vault."],
        ),
    ],
    "quotes and marks": [
        (
            "He looked at her, 'This is odd.' he said.",
            ["He looked at her, 'This is odd.' he said."],
        ),
        (
            'He looked at her, "This is odd." he said.',
            ['He looked at her, "This is odd." he said.'],
        ),
        (
            'He looked at her, "This is odd." He put the map away.',
            ['He looked at her, "This is odd."', "He put the map away."],
        ),
        ("Hi!! Nice to see you.", ["Hi!!", "Nice to see you."]),
        ("Hi?? Anyone home?", ["Hi??", "Anyone home?"]),
        ("Hi!? Is it you?", ["Hi!?", "Is it you?"]),
        ("She works at Yahoo! in the sales team.", ["She works at Yahoo! in the sales team."]),
        (
            "He studies law (He used to work as a nurse for 3 years.) at the city college.",
            ["He studies law (He used to work as a nurse for 3 years.) at the city college."],
        ),
    ],
    "footnote marks": [
        (
            'The pier was built in 1890.[2][3] "It is the oldest," she said.',
            ["The pier was built in 1890.[2][3]", '"It is the oldest," she said.'],
        ),
        (
            "Kessel lies on the coast (see map).[b] Its harbour froze in 1963.[7]",
            ["Kessel lies on the coast (see map).[b]", "Its harbour froze in 1963.[7]"],
        ),
    ],
    "glued and lines": [
        (
            "Good night.Tomorrow is Friday.Mrs. Ray paid 2,500.That is much.",
            ["Good night.", "Tomorrow is Friday.", "Mrs. Ray paid 2,500.", "That is much."],
        ),
        (
            "This sentence was\ncut in two by a converter.",
            ["This sentence was\ncut in two by a converter."],
        ),
        ("It was a dark \nday in the north.", ["It was a dark \nday in the north."]),
        ("products\nsales office\nnews, events\n", ["products", "sales office", "news, events"]),
    ],
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="List the hard sentence-boundary cases of benchmarks/segmentation.py."
    )
    parser.add_argument("--category", help="list only this category (default: all)")
    args = parser.parse_args(argv)
    for written, groups in (("with", WITH_RULES), ("before", BEFORE_RULES), ("after", AFTER_RULES)):
        for category, cases in groups.items():
            if args.category in (None, category):
                print(f"{category} ({len(cases)}, written {written} the rules)")
                for text, expected in cases:
                    print(f"  {text!r}\n    -> {expected}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
