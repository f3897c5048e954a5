"""German and English stop words, left out of search highlighting and of the text similarity of related posts.

Both lists apply to both languages: German articles quote English terms and the other way round.
"""

GERMAN = """
aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes anderm andern anders
auch auf aus bei beim bin bis bist bereits bzw da dabei dadurch dafür dagegen daher dahin damals damit danach dann
daran darauf daraus darf darin darum darunter das dass davon dazu dein deine deinem deinen deiner dem den denen denn
dennoch der deren des deshalb dessen die dies diese diesem diesen dieser dieses doch dort du durch eben ebenfalls ein
eine einem einen einer eines einige einigen einiger einmal er es etwa etwas euch euer eure für gab gar gegen gehabt
gewesen gibt ging habe haben hat hatte hätte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres
im immer in ins ist ja je jede jedem jeden jeder jedes jedoch jene jenem jenen jener jenes jetzt kam kann kaum kein
keine keinem keinen keiner können könnte man manche manchem manchen mancher mehr mein meine meinem meinen meiner mich
mir mit muss musste müssen nach nachdem neben nein nicht nichts noch nun nur ob oder ohne rund schon sehr sein seine
seinem seinen seiner seit selbst sich sie sind so solche solchem solchen solcher soll sollen sollte sondern sowie
sowohl statt über um und uns unser unsere unter viel viele vom von vor wann war waren warum was weil weiter weitere
welche welchem welchen welcher welches wenn wer werde werden wie wieder will wir wird wirklich wo wollen worden wurde
wurden während zu zum zur zwar zwischen neue neuen neuer neues laut beim sagt sagte heute jahr jahren prozent
"""

ENGLISH = """
a about above after again against all also am an and any are as at be because been before being below between both
but by can could did do does doing down during each even few for from further had has have having he her here hers
herself him himself his how however i if in into is it its itself just like many may more most much must my new no
nor not now of off on once only or other our ours out over own per said says same she should since so some still such
than that the their theirs them then there these they this those through to too under until up us very via was we
were what when where which while who whom why will with within without would year years yet you your percent also
"""

STOP_WORDS = frozenset(GERMAN.split()) | frozenset(ENGLISH.split())
