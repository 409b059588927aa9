"""A small stdlib-only synthesiser: scores written as text, instruments made of a few
harmonics with an ADSR envelope, drum clicks, a soft echo, and a 16-bit stereo WAV writer.

Score notation (one voice per string):
    E5:.5   note E in octave 5 for half a beat (a quarter note is one beat)
    Bb3     note B-flat in octave 3 for as long as the previous token (1 beat at the start)
    C4+E4+G4:2   a chord of three notes for two beats
    R:1     a rest for one beat
    |       a bar line, only for the reader
"""
import array
import math
import random
import re
import wave

SR = 44100
TABLE = 4096
_NOTE = re.compile(r"^([A-G])([#b]?)(-?\d)$")
_STEPS = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}


def midi(name):
    m = _NOTE.match(name)
    if not m:
        raise ValueError("bad note " + repr(name))
    letter, acc, octave = m.groups()
    return 12 * (int(octave) + 1) + _STEPS[letter] + (1 if acc == "#" else -1 if acc == "b" else 0)


def freq(m):
    return 440.0 * 2 ** ((m - 69) / 12)


def parse(score, transpose=0):
    """Returns [(start_beat, [midi...], beats)] and the total length in beats."""
    events, t, dur = [], 0.0, 1.0
    for tok in score.split():
        if tok == "|":
            continue
        if ":" in tok:
            what, d = tok.split(":")
            dur = float(d)
        else:
            what = tok
        if what != "R":
            events.append((t, [midi(n) + transpose for n in what.split("+")], dur))
        t += dur
    return events, t


class Instrument:
    """A timbre: relative harmonic amplitudes, ADSR (seconds, sustain level), optional drive."""

    def __init__(self, harmonics, attack, decay, sustain, release, drive=0.0, detune=0.0, gain=1.0):
        self.attack, self.decay, self.sustain, self.release = attack, decay, sustain, release
        self.drive, self.detune, self.gain = drive, detune, gain
        total = sum(abs(h) for h in harmonics)
        self.table = [
            sum(h * math.sin(2 * math.pi * (k + 1) * i / TABLE) for k, h in enumerate(harmonics)) / total
            for i in range(TABLE)
        ]

    def envelope(self, seconds):
        n_on = max(1, int(seconds * SR))
        n_rel = int(self.release * SR)
        na = min(n_on, max(1, int(self.attack * SR)))
        s = self.sustain
        k = math.exp(-1.0 / (max(self.decay, 1e-3) * SR))
        env = [i / na for i in range(na)]
        env += [s + (1 - s) * k ** j for j in range(n_on - na)]
        last = env[-1]
        kr = math.exp(-5.0 / max(1, n_rel))
        env += [last * kr ** j for j in range(n_rel)]
        return env

    def note(self, hz, seconds, vel):
        env = self.envelope(seconds)
        t = self.table
        step = hz * TABLE / SR
        g = vel * self.gain
        out = [t[int(i * step) % TABLE] * e * g for i, e in enumerate(env)]
        if self.detune:
            step2 = step * (1 + self.detune)
            out = [(a + t[int(i * step2) % TABLE] * e * g) * 0.5 for i, (a, e) in enumerate(zip(out, env))]
        if self.drive:
            d = self.drive
            norm = math.tanh(d)
            out = [math.tanh(x * d) / norm for x in out]
        return out


INSTRUMENTS = {
    "piano": Instrument([1, 0.45, 0.22, 0.12, 0.06, 0.03], 0.004, 0.45, 0.18, 0.25),
    "harpsichord": Instrument([1, 0.8, 0.6, 0.45, 0.3, 0.25, 0.15, 0.1], 0.002, 0.35, 0.08, 0.15, gain=0.8),
    "strings": Instrument([1, 0.55, 0.4, 0.28, 0.2, 0.14, 0.1], 0.09, 0.5, 0.8, 0.35, detune=0.004),
    "flute": Instrument([1, 0.25, 0.08, 0.03], 0.05, 0.3, 0.85, 0.15),
    "oboe": Instrument([0.6, 1, 0.7, 0.4, 0.3, 0.15], 0.03, 0.3, 0.8, 0.12),
    "bell": Instrument([1, 0, 0.5, 0, 0.25, 0, 0.12], 0.002, 0.6, 0.0, 0.6),
    "musicbox": Instrument([1, 0.1, 0.35, 0, 0.12], 0.001, 0.35, 0.0, 0.4),
    "accordion": Instrument([1, 0.7, 0.6, 0.4, 0.35, 0.2, 0.15], 0.03, 0.2, 0.85, 0.08, detune=0.006),
    "pluck": Instrument([1, 0.6, 0.35, 0.2, 0.1, 0.05], 0.003, 0.3, 0.05, 0.2),
    "lead": Instrument([1 / k for k in range(1, 10)], 0.01, 0.25, 0.65, 0.12, detune=0.005, gain=0.8),
    "epiano": Instrument([1, 0.3, 0.05, 0.12, 0.02], 0.003, 0.7, 0.2, 0.3),
    "pad": Instrument([1, 0.35, 0.15, 0.06], 0.35, 1.0, 0.8, 0.8, detune=0.007),
    "bass": Instrument([1, 0.55, 0.25, 0.1], 0.005, 0.25, 0.55, 0.08),
    "synthbass": Instrument([1, 0.5, 0.33, 0.25, 0.2], 0.004, 0.18, 0.4, 0.06),
    "guitar": Instrument([1, 0.7, 0.5, 0.35, 0.25, 0.18, 0.12, 0.08], 0.004, 0.6, 0.5, 0.1, drive=3.5, gain=0.9),
}


def _noise(n, seed):
    rnd = random.Random(seed)
    return [rnd.uniform(-1, 1) for _ in range(n)]


def _drums():
    kick_n = int(0.35 * SR)
    kick, ph = [], 0.0
    for i in range(kick_n):
        t = i / SR
        f = 45 + 110 * math.exp(-t / 0.035)
        ph += 2 * math.pi * f / SR
        kick.append(math.sin(ph) * math.exp(-t / 0.11))
    sn = int(0.22 * SR)
    noise = _noise(sn, 7)
    snare = [
        0.7 * (noise[i] - (noise[i - 1] if i else 0)) * 0.6 * math.exp(-i / SR / 0.07)
        + 0.5 * math.sin(2 * math.pi * 185 * i / SR) * math.exp(-i / SR / 0.04)
        for i in range(sn)
    ]
    hn = int(0.06 * SR)
    noise = _noise(hn + 1, 11)
    hat = [0.45 * (noise[i + 1] - noise[i]) * math.exp(-i / SR / 0.012) for i in range(hn)]
    jn = int(0.18 * SR)
    noise = _noise(jn + 1, 13)
    jingle = [
        0.35 * (noise[i + 1] - noise[i]) * math.exp(-i / SR / 0.05) * (0.6 + 0.4 * math.sin(2 * math.pi * 30 * i / SR))
        for i in range(jn)
    ]
    cn = int(0.5 * SR)
    noise = _noise(cn + 1, 17)
    crash = [0.35 * (noise[i + 1] - noise[i]) * math.exp(-i / SR / 0.25) for i in range(cn)]
    tn = int(0.3 * SR)
    tom = []
    ph = 0.0
    for i in range(tn):
        t = i / SR
        ph += 2 * math.pi * (110 + 40 * math.exp(-t / 0.05)) / SR
        tom.append(0.8 * math.sin(ph) * math.exp(-t / 0.12))
    return {"k": (kick, 0.0), "s": (snare, 0.0), "h": (hat, 0.35), "j": (jingle, -0.35), "c": (crash, 0.2), "t": (tom, -0.2)}


DRUMS = None


class Mix:
    """A stereo buffer to which voices and drums are added at beat positions."""

    def __init__(self):
        self.left, self.right = [], []

    def _ensure(self, n):
        if len(self.left) < n:
            grow = n - len(self.left)
            self.left.extend([0.0] * grow)
            self.right.extend([0.0] * grow)

    def add(self, start, samples, vel=1.0, pan=0.0):
        gl = vel * math.cos((pan + 1) * math.pi / 4) * math.sqrt(2)
        gr = vel * math.sin((pan + 1) * math.pi / 4) * math.sqrt(2)
        end = start + len(samples)
        self._ensure(end)
        L, R = self.left, self.right
        L[start:end] = [a + s * gl for a, s in zip(L[start:end], samples)]
        R[start:end] = [a + s * gr for a, s in zip(R[start:end], samples)]

    def voice(self, t0, bpm, inst, score, vel=0.5, pan=0.0, transpose=0, legato=0.92):
        """Adds one voice from t0 seconds on; returns its length in seconds."""
        ins = INSTRUMENTS[inst]
        spb = 60.0 / bpm
        events, beats = parse(score, transpose)
        for start, notes, dur in events:
            for m in notes:
                s = ins.note(freq(m), dur * spb * legato, vel / (1 + 0.25 * (len(notes) - 1)))
                self.add(int((t0 + start * spb) * SR), s, 1.0, pan)
        return beats * spb

    def drums(self, t0, bpm, beats, patterns, vel=0.5):
        """patterns: {'k': 'x...x...', 's': '....x...'}; one character per sixteenth note, repeated."""
        global DRUMS
        if DRUMS is None:
            DRUMS = _drums()
        spb = 60.0 / bpm
        steps = int(round(beats * 4))
        for key, pat in patterns.items():
            samples, pan = DRUMS[key]
            for i in range(steps):
                c = pat[i % len(pat)]
                if c in "xX":
                    self.add(int((t0 + i * spb / 4) * SR), samples, vel * (1.0 if c == "X" else 0.75), pan)

    def echo(self, seconds=0.23, gain=0.22):
        """A cross-fed stereo echo: a little room around dry synth voices."""
        d = int(seconds * SR)
        self._ensure(len(self.left) + 4 * d)
        L, R = self.left, self.right
        for k in range(d, len(L), d):
            e = min(k + d, len(L))
            nl = [a + gain * b for a, b in zip(L[k:e], R[k - d : e - d])]
            nr = [a + gain * b for a, b in zip(R[k:e], L[k - d : e - d])]
            L[k:e], R[k:e] = nl, nr

    def finish(self, max_seconds=None, fade_out=1.5, peak=0.89, tail=0.6):
        """Trims trailing silence (keeping a short tail), cuts to max_seconds with a fade, normalises."""
        L, R = self.left, self.right
        n = len(L)
        while n > 0 and abs(L[n - 1]) < 1e-4 and abs(R[n - 1]) < 1e-4:
            n -= 1
        n = min(len(L), n + int(tail * SR))
        fade = fade_out
        if max_seconds and n > max_seconds * SR:
            n = int(max_seconds * SR)
        else:
            fade = min(fade_out, 0.4)
        del L[n:], R[n:]
        fi = int(0.005 * SR)
        for i in range(fi):
            L[i] *= i / fi
            R[i] *= i / fi
        fo = int(fade * SR)
        for i in range(fo):
            g = (i / fo) ** 2
            L[n - 1 - i] *= g
            R[n - 1 - i] *= g
        top = max(max(map(abs, L)), max(map(abs, R)), 1e-9)
        g = peak / top
        self.left = [x * g for x in L]
        self.right = [x * g for x in R]
        return n / SR

    def write_wav(self, path, channels=2, rate=SR):
        if channels == 1:
            data = array.array("h", (int(round((a + b) * 0.5 * 32767)) for a, b in zip(self.left, self.right)))
        else:
            data = array.array("h")
            for a, b in zip(self.left, self.right):
                data.append(int(round(a * 32767)))
                data.append(int(round(b * 32767)))
        if rate != SR:  # only 2:1 mono is needed (short speech clips at 22.05 kHz)
            assert SR == rate * 2 and channels == 1
            data = data[::2]
        with wave.open(path, "wb") as w:
            w.setnchannels(channels)
            w.setsampwidth(2)
            w.setframerate(rate)
            w.writeframes(data.tobytes())


def read_wav_mono(path):
    """Reads a 16-bit mono WAV (espeak-ng's output) as floats at SR (2:1 linear upsampling if 22.05 kHz)."""
    with wave.open(path, "rb") as w:
        assert w.getsampwidth() == 2 and w.getnchannels() == 1
        rate = w.getframerate()
        data = array.array("h", w.readframes(w.getnframes()))
    x = [v / 32768.0 for v in data]
    if rate == SR:
        return x
    if rate * 2 != SR:
        raise ValueError("unexpected sample rate %d" % rate)
    out = []
    for a, b in zip(x, x[1:] + [0.0]):
        out.append(a)
        out.append((a + b) * 0.5)
    return out
