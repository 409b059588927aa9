"""The melodies: public-domain tunes and vg studio's own riffs, written as text scores.

Every function returns a synth.Mix; durations are set by tempo and form so that each clip
lasts 15-30 seconds. See synth.py for the notation.
"""
from synth import Mix, midi

NAMES = ["C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"]
_ROOT = {"C": 0, "C#": 1, "Db": 1, "D": 2, "Eb": 3, "D#": 3, "E": 4, "F": 5, "F#": 6, "Gb": 6,
         "G": 7, "Ab": 8, "G#": 8, "A": 9, "Bb": 10, "A#": 10, "B": 11}
_QUALITY = {"": [0, 4, 7], "m": [0, 3, 7], "7": [0, 4, 7, 10], "m7": [0, 3, 7, 10], "maj7": [0, 4, 7, 11], "5": [0, 7, 12]}


def name(m):
    return NAMES[m % 12] + str(m // 12 - 1)


def chord(sym, octave=3):
    """'Am' -> midi numbers of A minor with the root in the given octave."""
    root = sym[:2] if len(sym) > 1 and sym[1] in "#b" else sym[:1]
    base = 12 * (octave + 1) + _ROOT[root]
    return [base + i for i in _QUALITY[sym[len(root):]]]


def prog(spec):
    """'C:4 G:4 Am:2' -> [('C', 4.0), ('G', 4.0), ('Am', 2.0)]"""
    out = []
    for tok in spec.split():
        sym, beats = tok.split(":") if ":" in tok else (tok, 4)
        out.append((sym, float(beats)))
    return out


def pad(spec, octave=3):
    return " ".join("+".join(name(m) for m in chord(s, octave)) + ":%g" % b for s, b in prog(spec))


def bass(spec, octave=2, pattern=(1,), fifth=False):
    """Root notes; pattern = durations repeated within each chord (e.g. (.5,) for eighths)."""
    toks = []
    for s, b in prog(spec):
        notes = chord(s, octave)
        t, i = 0.0, 0
        while t < b - 1e-9:
            d = min(pattern[i % len(pattern)], b - t)
            m = notes[2 if fifth and i % 2 else 0]
            toks.append("%s:%g" % (name(m), d))
            t += d
            i += 1
    return " ".join(toks)


def oompah(spec, octave=2):
    """Bass on the beat, chord on the off-beat (folk and march accompaniment)."""
    toks = []
    for s, b in prog(spec):
        low = chord(s, octave)
        high = "+".join(name(m) for m in chord(s, octave + 1))
        for i in range(int(b)):
            toks.append("%s:.5 %s:.5" % (name(low[2] if i % 2 else low[0]), high))
    return " ".join(toks)


def arp(spec, octave=4, step=0.25, shape=(0, 1, 2, 3, 2, 1)):
    toks = []
    for s, b in prog(spec):
        notes = chord(s, octave)
        notes = notes + [notes[0] + 12]
        for i in range(int(round(b / step))):
            toks.append("%s:%g" % (name(notes[shape[i % len(shape)] % len(notes)]), step))
    return " ".join(toks)


def power(riff):
    """'E2:.5 G2' -> power chords (root, fifth, octave) for the driven guitar."""
    out = []
    for tok in riff.split():
        if tok == "|":
            continue
        note, _, d = tok.partition(":")
        if note == "R":
            out.append(tok)
            continue
        m = midi(note)
        out.append("+".join(name(x) for x in (m, m + 7, m + 12)) + (":" + d if d else ""))
    return " ".join(out)


# ----------------------------------------------------------------------------------------- classical

def ode_to_joy():
    mel = ("E4 E4 F4 G4 | G4 F4 E4 D4 | C4 C4 D4 E4 | E4:1.5 D4:.5 D4:2 | "
           "E4:1 E4 F4 G4 | G4 F4 E4 D4 | C4 C4 D4 E4 | D4:1.5 C4:.5 C4:2 | "
           "D4:1 D4 E4 C4 | D4 E4:.5 F4 E4:1 C4 | D4 E4:.5 F4 E4:1 D4 | C4 D4 G3:2 | "
           "E4:1 E4 F4 G4 | G4 F4 E4 D4 | C4 C4 D4 E4 | D4:1.5 C4:.5 C4:2")
    harm = "C G C G C G C G:2 C:2 G G:2 C:2 G C:2 G:2 C G C G:2 C:2"
    m = Mix()
    m.voice(0, 144, "strings", mel, 0.55, 0.1, transpose=12)
    m.voice(0, 144, "flute", mel, 0.25, -0.3, transpose=24)
    m.voice(0, 144, "pad", pad(harm, 3), 0.22, -0.2)
    m.voice(0, 144, "bass", bass(harm, 2, (1,), fifth=True), 0.35)
    m.echo()
    return m


def fur_elise():
    phrase = ("E5:.25 D#5 | E5 D#5 E5 B4 D5 C5 | A4:.5 R:.25 C4:.25 E4 A4 | B4:.5 R:.25 E4:.25 G#4 B4 | "
              "C5:.5 R:.25 E4:.25 E5 D#5 | E5 D#5 E5 B4 D5 C5 | A4:.5 R:.25 C4:.25 E4 A4 | "
              "B4:.5 R:.25 E4:.25 C5 B4 | A4:1.5")
    left = ("R:2 | A2:.25 E3 A3 R:.75 | E2:.25 E3 G#3 R:.75 | A2:.25 E3 A3 R:.75 | R:1.5 | "
            "A2:.25 E3 A3 R:.75 | E2:.25 E3 G#3 R:.75 | A2:1.5")
    m = Mix()
    t = 0.0
    for _ in range(2):
        d = m.voice(t, 72, "piano", phrase, 0.6, 0.1)
        m.voice(t, 72, "piano", left, 0.45, -0.25)
        t += d - 60 / 72 * 0.5  # the next pickup overlaps the last bar's rest
    m.echo(0.19, 0.18)
    return m


def kleine_nachtmusik():
    mel = ("G4:1 R:.5 D4:.5 G4:1 R:.5 D4:.5 | G4:.5 D4 G4 B4 D5:2 | "
           "C5:1 R:.5 A4:.5 C5:1 R:.5 A4:.5 | C5:.5 A4 F#4 A4 D4:2")
    harm = "G G D7 D7"
    m = Mix()
    t = 0.0
    for tr, inst in ((0, "strings"), (12, "strings"), (0, "strings")):
        d = m.voice(t, 138, inst, mel, 0.55, 0.1, transpose=tr)
        m.voice(t, 138, "strings", bass(harm, 2, (.5,), fifth=False), 0.3, -0.2)
        m.voice(t, 138, "pad", pad(harm, 3), 0.12, -0.3)
        t += d
    m.voice(t, 138, "strings", "G3+B3+D4+G4:2", 0.6)
    m.voice(t, 138, "strings", "G2:2", 0.4)
    m.echo()
    return m


def turkish_march():
    mel = ("B4:.25 A4 G#4 A4 C5:1 | D5:.25 C5 B4 C5 E5:1 | F5:.25 E5 D#5 E5 B5 A5 G#5 A5 | B5 A5 G#5 A5 C6:1 | "
           "A5:.5 B5 C6 B5 | A5 G#5 A5 E5 | F5 D5 C5:1 | B4:.75 A4:.25 A4:1")
    harm = "Am:2 Am:2 E:2 Am:2 Am:2 E:2 Dm:1 Am:1 E:1 Am:1"
    m = Mix()
    t = 0.0
    for tr, extra in ((0, False), (0, True), (12, True)):
        d = m.voice(t, 126, "harpsichord" if tr == 0 else "piano", mel, 0.6, 0.1, transpose=tr)
        if extra:
            m.voice(t, 126, "flute", mel, 0.18, 0.4, transpose=12)
        m.voice(t, 126, "piano", oompah(harm, 2), 0.35, -0.3)
        t += d
    m.echo(0.2, 0.15)
    return m


def mountain_king():
    theme = ("B3:.5 C#4 D4 E4 F#4 D4 F#4:1 | F4:.5 C#4 F4:1 E4:.5 C4 E4:1 | "
             "B3:.5 C#4 D4 E4 F#4 D4 F#4 B4 | A4 F#4 D4 F#4 A4:2")
    pizz = "B2:.5 R F#2 R B2 R F#2 R | C#3 R F#2 R C3 R E2 R | B2 R F#2 R B2 R F#2 R | A2 R F#2 R A2:2"
    m = Mix()
    t = 0.0
    plan = [(104, 0, "oboe", None), (130, 12, "strings", None), (160, 12, "strings", {"t": "x...", "k": "x.x."}),
            (196, 24, "strings", {"k": "x.x.", "s": "..x.", "t": "x...", "c": "x" + "." * 63})]
    for bpm, tr, inst, drums in plan:
        d = m.voice(t, bpm, inst, theme, 0.55, 0.1, transpose=tr)
        m.voice(t, bpm, "pluck", pizz, 0.5, -0.25)
        if tr >= 12:
            m.voice(t, bpm, "oboe", theme, 0.3, -0.1, transpose=tr - 12)
        if drums:
            m.drums(t, bpm, 16, drums, 0.55)
        t += d
    m.voice(t, 196, "strings", "B2+F#3+B3+D4:3", 0.7)
    m.drums(t, 196, 1, {"c": "x", "k": "x"}, 0.7)
    m.echo(0.17, 0.15)
    return m


def swan_lake():
    theme = "F#4:4 | B3:.5 C#4 D4 E4 | F#4:1.5 D4:.5 F#4:1.5 D4:.5 | F#4:1.5 B3:.5 D4 B3 G3 D4 | B3:4"
    harm = "Bm:12 Em:2 Bm:4"
    m = Mix()
    t = 0.0
    for tr, inst, v in ((12, "oboe", 0.55), (24, "flute", 0.5)):
        d = m.voice(t, 84, inst, theme, v, 0.15, transpose=tr)
        m.voice(t, 84, "strings", bass(harm, 3, (.25,)).replace("B3", "B3+D4+F#4").replace("E3", "E3+G3+B3"),
                0.16, -0.25)
        m.voice(t, 84, "bass", bass(harm, 2, (2,)), 0.3)
        t += d
    m.echo(0.25, 0.25)
    return m


def vivaldi_spring():
    phrase = ("E4:.5 | G#4:.5 G#4 G#4 F#4:.25 E4 B4:1.5 B4:.25 A4 | G#4:.5 G#4 G#4 F#4:.25 E4 B4:1.5 B4:.25 A4 | "
              "G#4:.5 A4 B4 A4 G#4:1 F#4:1 | E4:2")
    m = Mix()
    t = 0.0
    for v, tr in ((0.6, 12), (0.3, 12), (0.6, 12)):
        d = m.voice(t, 104, "strings", phrase, v, 0.1, transpose=tr)
        m.voice(t, 104, "strings", phrase, v * 0.5, -0.2, transpose=tr - 12)
        m.voice(t, 104, "harpsichord", "R:.5 " + pad("E:4 E:4 E:2 B:2 E:2", 3), v * 0.5, -0.3)
        m.voice(t, 104, "bass", "R:.5 " + bass("E:4 E:4 E:2 B:2 E:2", 2, (.5,)), v * 0.6)
        t += d
    m.echo()
    return m


def minuet_in_g():
    a = ("D5:1 G4:.5 A4 B4 C5 | D5:1 G4 G4 | E5:1 C5:.5 D5 E5 F#5 | G5:1 G4 G4 | "
         "C5:1 D5:.5 C5 B4 A4 | B4:1 C5:.5 B4 A4 G4 | F#4:1 G4:.5 A4 B4 G4 | A4:3 | "
         "D5:1 G4:.5 A4 B4 C5 | D5:1 G4 G4 | E5:1 C5:.5 D5 E5 F#5 | G5:1 G4 G4 | "
         "C5:1 D5:.5 C5 B4 A4 | B4:1 C5:.5 B4 A4 G4 | A4:1 B4:.5 A4 G4 F#4 | G4:3")
    left = ("G3+B3:2 A3:1 | B3:3 | C4:3 | B3:3 | A3:3 | G3:3 | D4:1 B3 G3 | D4:1 D3 C4 | "
            "B3:2 A3:1 | B3:3 | C4:3 | B3:3 | A3:3 | G3:3 | C4:1 D4 D3 | G3:2 G2:1")
    m = Mix()
    m.voice(0, 120, "harpsichord", a, 0.6, 0.15)
    m.voice(0, 120, "harpsichord", left, 0.45, -0.2, transpose=-12)
    m.echo(0.21, 0.15)
    return m


def bach_prelude():
    bars = ["C4 E4 G4 C5 E5", "C4 D4 A4 D5 F5", "B3 D4 G4 D5 F5", "C4 E4 G4 C5 E5", "C4 E4 A4 E5 A5",
            "C4 D4 F#4 A4 D5", "B3 D4 G4 D5 G5", "B3 C4 E4 G4 C5", "A3 C4 E4 G4 C5", "D3 A3 D4 F#4 C5",
            "G3 B3 D4 G4 B4"]
    right = []
    for bar in bars:
        n = bar.split()
        right += ["R:.5 " + " ".join("%s:.25" % x for x in [n[2], n[3], n[4], n[2], n[3], n[4]])] * 2
    lows = " ".join("%s:2" % bar.split()[0] for bar in bars for _ in range(2))
    mids = " ".join("R:.25 %s:1.75" % bar.split()[1] for bar in bars for _ in range(2))
    m = Mix()
    m.voice(0, 116, "harpsichord", " ".join(right), 0.6, 0.2)
    m.voice(0, 116, "harpsichord", lows, 0.5, -0.25)
    m.voice(0, 116, "harpsichord", mids, 0.4, -0.1)
    t = len(bars) * 4 * 60 / 116
    m.voice(t, 116, "harpsichord", "C3+E3+G3+C4+E4:4", 0.7)
    m.echo(0.21, 0.2)
    return m


# ----------------------------------------------------------------------------------------- folk

def kalinka():
    mel = ("E5:.5 D5 C5:1 | D5:.5 C5 B4:1 | C5:.5 B4 A4 B4 | E4:2 | "
           "E5:.25 E5 E5:.5 D5 C5 | D5 E5 D5:1 | C5:.5 B4 C5 B4 | A4:2")
    harm = "Am:2 E:2 Am:1 E:1 E:2 Am:2 E:2 E:2 Am:2"
    m = Mix()
    t = 0.0
    for bpm, inst, drums in ((78, "accordion", None), (140, "accordion", {"k": "x...", "j": "..x."}),
                             (160, "pluck", {"k": "x...", "j": "..x.", "h": "x.x."}), (184, "accordion", {"k": "x...", "s": "....x...", "j": "x.x."})):
        d = m.voice(t, bpm, inst, mel, 0.55, 0.1)
        if bpm > 100:
            m.voice(t, bpm, "piano", oompah(harm, 2), 0.3, -0.25)
            m.drums(t, bpm, 16, drums, 0.45)
        else:
            m.voice(t, bpm, "pad", pad(harm, 3), 0.2, -0.2)
        t += d
    m.voice(t, 184, "accordion", "A3+C4+E4+A4:2", 0.6)
    m.drums(t, 184, 1, {"k": "x", "c": "x"}, 0.6)
    m.echo()
    return m


KOROBEINIKI = ("E5:1 B4:.5 C5 D5:1 C5:.5 B4 | A4:1 A4:.5 C5 E5:1 D5:.5 C5 | B4:1.5 C5:.5 D5:1 E5 | C5 A4 A4:2 | "
               "R:.5 D5:1 F5:.5 A5:1 G5:.5 F5 | E5:1.5 C5:.5 E5:1 D5:.5 C5 | B4:1 B4:.5 C5 D5:1 E5 | C5 A4 A4 R")


def korobeiniki():
    harm = "Am Am E7 Am Dm Am E7 Am"
    m = Mix()
    t = 0.0
    for bpm, inst, tr in ((120, "accordion", 0), (138, "accordion", 0), (156, "pluck", 12)):
        d = m.voice(t, bpm, inst, KOROBEINIKI, 0.55, 0.1, transpose=tr)
        if tr:
            m.voice(t, bpm, "accordion", KOROBEINIKI, 0.3, -0.1)
        m.voice(t, bpm, "piano", oompah(harm, 2), 0.32, -0.25)
        if bpm > 130:
            m.drums(t, bpm, 32, {"k": "x...", "j": "..x."}, 0.4)
        t += d
    m.echo()
    return m


def vo_pole_bereza():
    line1 = "A4:.5 A4 A4 A4 | G4 F4 F4 E4 | D4:2"
    line3 = "A4:.5 G4 F4 E4 | F4 E4 D4:1"
    mel = " ".join([line1, line1, line3, line3])
    harm = "Dm:2 C:2 Dm:2 Dm:2 C:2 Dm:2 Dm:1 A7:1 Dm:2 Dm:1 A7:1 Dm:2"
    m = Mix()
    t = 0.0
    d = m.voice(t, 96, "flute", mel, 0.6, 0.1, transpose=12)
    m.voice(t, 96, "pad", "D3+A3:20", 0.25, -0.2)
    t += d
    m.voice(t, 96, "accordion", mel, 0.5, 0.1)
    m.voice(t, 96, "flute", mel, 0.3, 0.35, transpose=12)
    m.voice(t, 96, "pad", pad(harm, 3), 0.2, -0.3)
    m.voice(t, 96, "bass", bass(harm, 2, (1,), fifth=True), 0.35)
    m.echo(0.27, 0.25)
    return m


def greensleeves():
    mel = ("A4:1 | C5:2 D5:1 | E5:1.5 F5:.5 E5:1 | D5:2 B4:1 | G4:1.5 A4:.5 B4:1 | C5:2 A4:1 | "
           "A4:1.5 G#4:.5 A4:1 | B4:2 G#4:1 | E4:2 A4:1 | C5:2 D5:1 | E5:1.5 F5:.5 E5:1 | D5:2 B4:1 | "
           "G4:1.5 A4:.5 B4:1 | C5:1.5 B4:.5 A4:1 | G#4:1.5 F#4:.5 G#4:1 | A4:3")
    harm = "R:1 Am:3 C:3 G:3 Em:3 Am:3 E:3 E:3 Am:3 Am:3 C:3 G:3 Em:3 Am:3 E:3 Am:3"
    m = Mix()
    m.voice(0, 132, "flute", mel, 0.55, 0.15)
    toks = harm.split()
    m.voice(0, 132, "pluck", "R:1 " + arp(" ".join(toks[1:]), 3, 0.5, (0, 1, 2, 3, 2, 1)), 0.4, -0.25)
    m.voice(0, 132, "pad", "R:1 " + pad(" ".join(toks[1:]), 3), 0.15, -0.1)
    m.echo(0.3, 0.25)
    return m


# ----------------------------------------------------------------------------------------- holidays

def yolochka():
    mel = ("C4:.5 A4 A4 G4 A4 F4 C4 C4 | C4 A4 A4 Bb4 G4 C5:1.5 | "
           "C4:.5 D4 D4 Bb4 Bb4 A4 G4 F4 | F4 A4 A4 G4 A4 F4:1.5")
    harm = "F:4 F:2 C7:2 Bb:2 F:2 C7:2 F:2"
    m = Mix()
    t = 0.0
    for inst, tr, drums in (("bell", 12, None), ("musicbox", 12, {"j": "x.x.", "k": "x......."}),
                            ("strings", 0, {"j": "x.xx", "k": "x...", "s": "....x..."})):
        d = m.voice(t, 120, inst, mel, 0.55, 0.1, transpose=tr)
        if inst == "strings":
            m.voice(t, 120, "bell", mel, 0.25, 0.35, transpose=24)
        m.voice(t, 120, "pad", pad(harm, 3), 0.18, -0.25)
        m.voice(t, 120, "bass", bass(harm, 2, (1,), fifth=True), 0.3)
        if drums:
            m.drums(t, 120, 16, drums, 0.4)
        t += d
    m.echo()
    return m


def jingle_bells():
    mel = ("B4:.5 B4 B4:1 | B4:.5 B4 B4:1 | B4:.5 D5 G4:.75 A4:.25 | B4:2 | C5:.5 C5 C5:.75 C5:.25 | "
           "C5:.5 B4 B4 B4:.25 B4 | B4:.5 A4 A4 B4 | A4:1 D5:1 | B4:.5 B4 B4:1 | B4:.5 B4 B4:1 | "
           "B4:.5 D5 G4:.75 A4:.25 | B4:2 | C5:.5 C5 C5 C5 | C5 B4 B4 B4:.25 B4 | D5:.5 D5 C5 A4 | G4:2")
    harm = "G:2 G:2 G:2 G:2 C:2 G:2 A7:2 D7:2 G:2 G:2 G:2 G:2 C:2 G:2 D7:2 G:2"
    m = Mix()
    t = 0.0
    for inst, tr in (("bell", 12), ("piano", 0)):
        d = m.voice(t, 150, inst, mel, 0.55, 0.1, transpose=tr)
        m.voice(t, 150, "piano", oompah(harm, 2), 0.3, -0.25)
        m.drums(t, 150, 32, {"j": "x.x.", "k": "x......."}, 0.45)
        t += d
    m.voice(t, 150, "bell", "G5+B5+D6:2", 0.5)
    m.echo()
    return m


def happy_birthday():
    mel = ("G4:.75 G4:.25 | A4:1 G4 C5 | B4:2 G4:.75 G4:.25 | A4:1 G4 D5 | C5:2 G4:.75 G4:.25 | "
           "G5:1 E5 C5 | B4 A4 F5:.75 F5:.25 | E5:1 C5 D5 | C5:3")
    harm = "R:1 C:3 G:3 G:3 C:3 C:3 F:3 C:1.5 G:1.5 C:3"
    toks = harm.split()
    m = Mix()
    t = 0.0
    for inst, tr in (("musicbox", 12), ("piano", 0)):
        d = m.voice(t, 120, inst, mel, 0.55, 0.1, transpose=tr)
        m.voice(t, 120, "pad" if inst == "piano" else "musicbox",
                "R:1 " + pad(" ".join(toks[1:]), 3), 0.2, -0.2)
        if inst == "piano":
            m.voice(t, 120, "bell", mel, 0.2, 0.4, transpose=24)
            m.voice(t, 120, "bass", "R:1 " + bass(" ".join(toks[1:]), 2, (1,), fifth=True), 0.3)
        t += d
    m.echo()
    return m


# ----------------------------------------------------------------------------------------- children

def frere_jacques():
    mel = ("C4 D4 E4 C4 | C4 D4 E4 C4 | E4 F4 G4:2 | E4:1 F4 G4:2 | G4:.5 A4 G4 F4 E4:1 C4 | "
           "G4:.5 A4 G4 F4 E4:1 C4 | C4 G3 C4:2 | C4:1 G3 C4:2")
    m = Mix()
    for i, (inst, tr, pan) in enumerate((("musicbox", 12, 0.0), ("flute", 12, 0.45), ("bell", 24, -0.45))):
        m.voice(i * 8 * 60 / 132, 132, inst, mel, 0.5, pan, transpose=tr)
    m.voice(0, 132, "bass", "C3:2 G2:2 " * 12, 0.25)
    m.echo()
    return m


def twinkle():
    a = "C4 C4 G4 G4 | A4 A4 G4:2 | F4:1 F4 E4 E4 | D4 D4 C4:2"
    b = "G4:1 G4 F4 F4 | E4 E4 D4:2"
    mel = " ".join([a, b, b, a])
    ha = "C:4 F:2 C:2 F:2 C:2 G:2 C:2"
    hb = "C:2 F:2 C:2 G:2"
    harm = " ".join([ha, hb, hb, ha])
    m = Mix()
    m.voice(0, 126, "musicbox", mel, 0.55, 0.1, transpose=12)
    m.voice(0, 126, "flute", mel, 0.15, 0.35, transpose=24)
    m.voice(0, 126, "pad", pad(harm, 3), 0.15, -0.25)
    m.voice(0, 126, "pluck", bass(harm, 2, (1,), fifth=True), 0.35)
    m.echo(0.29, 0.28)
    return m


def chizhik():
    mel = "E4:.5 C4 E4 C4 | F4 E4 D4:1 | G3:.5 G3 G3 A3 | B3 C4 C4:1"
    mel = mel + " | " + mel
    harm = "C:2 G:2 G:2 C:2 C:2 G:2 G:2 C:2"
    m = Mix()
    t = 0.0
    for inst, tr, drums in (("musicbox", 12, None), ("piano", 12, {"k": "x...", "h": "..x."}),
                            ("bell", 24, {"k": "x...", "s": "....x...", "h": "x.x."})):
        d = m.voice(t, 132, inst, mel, 0.55, 0.1, transpose=tr)
        if drums:
            m.voice(t, 132, "piano", oompah(harm, 2), 0.3, -0.25)
            m.drums(t, 132, 16, drums, 0.4)
        t += d
    m.voice(t, 132, "bell", "C5+E5+G5+C6:2", 0.5)
    m.echo()
    return m


def old_macdonald():
    mel = ("G4 G4 G4 D4 | E4 E4 D4:2 | B4:1 B4 A4 A4 | G4:3 D4:1 | "
           "G4 G4 G4 D4 | E4 E4 D4:2 | B4:1 B4 A4 A4 | G4:4")
    harm = "G:4 C:2 G:2 G:2 D:2 G:4 G:4 C:2 G:2 G:2 D:2 G:4"
    m = Mix()
    t = 0.0
    for inst, tr in (("pluck", 12), ("accordion", 0)):
        d = m.voice(t, 150, inst, mel, 0.55, 0.1, transpose=tr)
        m.voice(t, 150, "piano", oompah(harm, 2), 0.3, -0.25)
        m.drums(t, 150, 32, {"k": "x.......", "h": "....x..."}, 0.4)
        t += d
    m.echo()
    return m


# ----------------------------------------------------------------------------------------- pop (original)

POP_DRUMS = {"k": "x.......x.x.....", "s": "....x.......x...", "h": "x.x.x.x.x.x.x.x."}


def letniy_vecher():
    harm = "C G Am F C G Am F C"
    mel = ("E5:1 G5:.5 E5 D5:1 C5 | D5:1.5 B4:.5 G4:2 | C5:.5 C5 E5:1 A5 G5 | F5:.5 E5 D5 C5 A4:2 | "
           "E5:1 G5:.5 E5 D5:1 C5 | D5:.5 E5 D5 B4 G4:2 | A4:.5 C5 E5 A5 G5:1 E5 | F5:1 E5 D5 C5 | C5:4")
    m = Mix()
    intro = 8 * 60 / 112
    m.voice(0, 112, "epiano", arp("C G", 4, 0.5, (0, 1, 2, 3)), 0.35, -0.3)
    m.drums(0, 112, 8, {"h": POP_DRUMS["h"], "k": "x......."}, 0.4)
    m.voice(intro, 112, "lead", mel, 0.45, 0.15)
    m.voice(intro, 112, "epiano", arp(harm, 4, 0.5, (0, 1, 2, 3)), 0.3, -0.3)
    m.voice(intro, 112, "pad", pad(harm, 3), 0.16, -0.1)
    m.voice(intro, 112, "synthbass", bass(harm, 2, (.5,)), 0.4)
    m.drums(intro, 112, 32, POP_DRUMS, 0.5)
    m.drums(intro + 32 * 60 / 112, 112, 1, {"c": "x", "k": "x"}, 0.5)
    m.echo()
    return m


def neon_drive():
    harm = "Am F C G Am F C G Am:2"
    mel = ("A4:1.5 C5:.5 E5:1 D5 | C5:1 A4 F4 A4 | G4:1.5 C5:.5 E5:1 G5 | F5:.5 E5 D5:1 B4:2 | "
           "A5:1.5 G5:.5 E5:1 C5 | F5:1 E5:.5 D5 C5:1 A4 | G4:1 C5 E5 G5 | B4:1 D5 G5 B5 | A5:2")
    m = Mix()
    intro = 8 * 60 / 118
    m.voice(0, 118, "lead", arp("Am F", 4, 0.25, (0, 1, 2, 3)), 0.22, -0.35)
    m.voice(0, 118, "synthbass", bass("Am F", 2, (.5,)), 0.4)
    m.voice(intro, 118, "lead", mel, 0.45, 0.2, transpose=0)
    m.voice(intro, 118, "lead", arp(harm, 4, 0.25, (0, 1, 2, 3)), 0.2, -0.35)
    m.voice(intro, 118, "synthbass", bass(harm, 2, (.5,)), 0.45)
    m.voice(intro, 118, "pad", pad(harm, 3), 0.15, 0.0)
    m.drums(intro, 118, 34, {"k": "x...x...x...x...", "s": "....x.......x...", "h": "..x...x...x...x."}, 0.5)
    m.echo(0.254, 0.25)
    return m


def kofe_s_koritsey():
    harm = "D Bm G A D Bm G A D"
    mel = ("F#5:1 A5 F#5:.5 E5 D5:1 | B4:1 D5 F#5:2 | G5:1 F#5:.5 E5 D5:1 B4 | C#5:1 E5 A4:2 | "
           "F#5:.5 G5 A5:1 F#5 D5 | E5:.5 F#5 D5:1 B4:2 | G4:1 B4 D5 G5 | E5:1 C#5 A4 C#5 | D5:4")
    m = Mix()
    m.voice(0, 96, "epiano", mel, 0.5, 0.15)
    comp = " ".join("{0}:1.5 R:.5 {0}:1 R:1".format("+".join(name(x) for x in chord(c, 3))) for c in harm.split())
    m.voice(0, 96, "epiano", comp, 0.3, -0.3)
    m.voice(0, 96, "pad", pad(harm, 3), 0.12, 0.0)
    m.voice(0, 96, "bass", bass(harm, 2, (1.5, .5, 2)), 0.4)
    m.drums(0, 96, 36, {"k": "x......x..x.....", "s": "....x.......x...", "h": "x.xxx.x.x.xxx.x."}, 0.35)
    m.echo(0.31, 0.22)
    return m


# ----------------------------------------------------------------------------------------- rock (original)

ROCK_DRUMS = {"k": "x.x...x.x.x...x.", "s": "....x.......x...", "h": "x.x.x.x.x.x.x.x."}


def garage_riff():
    r1 = "E2:.5 E2 G2 E2 A2 E2 G2 F#2"
    r2 = "E2:.5 E2 G2 E2 D3 C3 B2 G2"
    r3 = "A2:1 A2:.5 G2 B2:2"
    riff = " ".join([r1, r2, r1, r3])
    lead = ("E4:.5 G4 A4 B4 D5:1 B4 | A4:.5 G4 E4:1 D4:1 E4 | E4:.5 G4 A4 B4 D5:1 E5 | D5:.5 B4 A4:1 B4:2")
    m = Mix()
    t = 0.0
    spb = 60 / 140
    for i in range(3):
        d = m.voice(t, 140, "guitar", power(riff), 0.5, -0.3 if i % 2 else 0.3)
        if i:
            m.voice(t, 140, "guitar", power(riff), 0.35, 0.35 if i % 2 else -0.35, transpose=0)
            m.voice(t, 140, "bass", riff, 0.5, transpose=-12)
            m.drums(t, 140, 16, ROCK_DRUMS, 0.6)
        else:
            m.drums(t, 140, 16, {"h": "x.x."}, 0.5)
        if i == 2:
            m.voice(t, 140, "lead", lead, 0.35, 0.0, transpose=12)
        t += d
    m.voice(t, 140, "guitar", power("E2:3"), 0.6)
    m.drums(t, 140, 1, {"c": "x", "k": "x"}, 0.7)
    m.echo(0.15, 0.15)
    return m


def iron_stairs():
    x = "A2:.5 A2 C3 A2 D3 A2 Eb3 D3"
    y = "C3:.5 C3 A2 G2 A2:2"
    z = "F2:1 G2:1 A2:2"
    riff = " ".join([x, y, x, z])
    lead = "A4:.5 C5 D5 Eb5 D5 C5 A4:1 | G4:.5 A4 C5:1 A4:2 | A4:.5 C5 D5 Eb5 E5:1 G5 | E5:.5 D5 C5:1 A4:2"
    m = Mix()
    t = 0.0
    for i in range(3):
        d = m.voice(t, 128, "guitar", power(riff), 0.5, 0.3)
        m.voice(t, 128, "guitar", power(riff), 0.4, -0.3)
        m.voice(t, 128, "bass", riff, 0.5, transpose=-12)
        m.drums(t, 128, 16, ROCK_DRUMS if i else {"k": "x.......", "s": "........x.......", "h": "x.x.x.x."}, 0.6)
        if i == 2:
            m.voice(t, 128, "lead", lead, 0.35, 0.0, transpose=12)
        t += d
    m.voice(t, 128, "guitar", power("A2:3"), 0.6)
    m.drums(t, 128, 1, {"c": "x", "k": "x"}, 0.7)
    m.echo(0.16, 0.15)
    return m


def korobeiniki_rock():
    harm = "E:4 A:4 E:4 A:4 D:4 C:4 E:4 A:4"
    roots = bass(harm, 2, (.5,))
    m = Mix()
    t = 0.0
    for i in range(2):
        d = m.voice(t, 152, "lead", KOROBEINIKI, 0.45, 0.0)
        m.voice(t, 152, "guitar", power(roots), 0.4, -0.35)
        m.voice(t, 152, "guitar", power(roots), 0.3, 0.35)
        m.voice(t, 152, "bass", bass(harm, 1, (.5,)), 0.5)
        m.drums(t, 152, 32, ROCK_DRUMS if i else {"k": "x...x...x...x...", "s": "....x.......x...", "h": "x.x.x.x.x.x.x.x."}, 0.6)
        t += d
    m.voice(t, 152, "guitar", power("A2:3"), 0.6)
    m.drums(t, 152, 1, {"c": "x", "k": "x"}, 0.7)
    m.echo(0.2, 0.15)
    return m
