"""Fits the sentence reader (src/core/SentenceReader.ts) on the ranker's top candidates that scripts/train.ts writes.

python3 scripts/train/fitReader.py --model models/ranker.json --examples EXAMPLES.tsv --out READER.json --scores SCORES.txt
Needs PyTorch (Debian: python3-torch; with libopenblas0-pthread, not the reference BLAS) and NumPy; CPU only. Word vectors are the model
file's own. The reader is a decomposable-attention network (Parikh et al. 2016) without the product term, so that
each word's projections can be kept between questions; it is trained listwise on the answerable questions of the
training sets (not the validation sets) and its score is added to the ranker's logit, times a learned weight. The
scores it writes for the training sets' questions come from readers fitted without them (`--folds`, 2: each half
scored by a reader fitted on the other), so the confidence fitted on them sees the reader as it reads new text.
`--parity OUT` instead writes a tiny random reader with its scores on a few pairs, for the TypeScript parity test.
"""
import argparse, base64, csv, json, sys, time
import numpy as np
import torch
import torch.nn as nn

QUESTION_WORDS, SENTENCE_WORDS = 24, 60


def unit_vectors(model):
    words = model['vectors']['words'].split('\n')
    dims = model['vectors']['dimensions']
    raw = np.frombuffer(base64.b64decode(model['vectors']['data']), dtype=np.int8).astype(np.float64).reshape(len(words), dims)
    norm = np.sqrt((raw ** 2).sum(1, keepdims=True))
    return words, (raw / np.where(norm > 0, norm, 1)).astype(np.float32)


class Reader(nn.Module):
    def __init__(self, vectors, width, hidden):
        super().__init__()
        dims = vectors.shape[1] + 1
        table = np.zeros((len(vectors) + 2, vectors.shape[1]), dtype=np.float32)
        table[1:len(vectors) + 1] = vectors
        self.emb = nn.Embedding.from_pretrained(torch.tensor(table), freeze=True, padding_idx=0)
        self.project = nn.Linear(dims, width)
        self.compare = nn.Linear(2 * dims, width)
        self.hidden = nn.Linear(4 * width, hidden)
        self.output = nn.Linear(hidden, 1)
        self.ranker_weight = nn.Parameter(torch.tensor(1.0))

    def pair(self, q, qm, s, sm):
        a = torch.cat([self.emb(q), qm.unsqueeze(-1)], -1)
        b = torch.cat([self.emb(s), sm.unsqueeze(-1)], -1)
        ma, mb = (q > 0).float(), (s > 0).float()
        fa, fb = torch.relu(self.project(a)), torch.relu(self.project(b))
        e = torch.bmm(fa, fb.transpose(1, 2))
        # compare(cat(a, beta)) split by the halves of its weights: the attention then mixes `width`-wide rows, not
        # the word vectors, and no concatenated copy is made (the same function, several times cheaper).
        own, other = self.compare.weight.split(a.shape[-1], 1)
        beta = torch.bmm(torch.softmax(e.masked_fill(mb.unsqueeze(1) == 0, -1e4), 2), b.matmul(other.t()))
        alpha = torch.bmm(torch.softmax(e.masked_fill(ma.unsqueeze(2) == 0, -1e4), 1).transpose(1, 2), a.matmul(other.t()))
        v1 = torch.relu(a.matmul(own.t()) + beta + self.compare.bias) * ma.unsqueeze(-1)
        v2 = torch.relu(b.matmul(own.t()) + alpha + self.compare.bias) * mb.unsqueeze(-1)
        pooled = torch.cat([v1.sum(1) / ma.sum(1, keepdim=True).clamp(min=1), v1.max(1).values,
                            v2.sum(1) / mb.sum(1, keepdim=True).clamp(min=1), v2.max(1).values], -1)
        return self.output(torch.relu(self.hidden(pooled))).squeeze(-1)

    def export(self, top):
        t = lambda x: x.detach().double().numpy().tolist()
        return {'version': 1, 'topCandidates': top, 'questionWords': QUESTION_WORDS, 'sentenceWords': SENTENCE_WORDS,
                'rankerWeight': float(self.ranker_weight), 'project': {'weights': t(self.project.weight), 'bias': t(self.project.bias)},
                'compare': {'weights': t(self.compare.weight), 'bias': t(self.compare.bias)},
                'hidden': {'weights': t(self.hidden.weight), 'bias': t(self.hidden.bias)},
                'output': {'weights': t(self.output.weight[0]), 'bias': float(self.output.bias[0])}}


def encode(words_of, question, sentence):
    q, s = question.split()[:QUESTION_WORDS], sentence.split()[:SENTENCE_WORDS]
    qs, ss = set(q), set(s)
    return ([words_of(w) for w in q], [1.0 if w in ss else 0.0 for w in q],
            [words_of(w) for w in s], [1.0 if w in qs else 0.0 for w in s])


def pad(rows, length, dtype):
    out = np.zeros((len(rows), length), dtype=dtype)
    for k, row in enumerate(rows):
        out[k, :len(row)] = row
    return out


class Encoded:
    """Every row's question and sentence as padded word numbers and match flags, encoded once for all the fits."""

    def __init__(self, rows, words_of):
        enc = [encode(words_of, r['qw'], r['sw']) for r in rows]
        self.q, self.qm = pad([e[0] for e in enc], QUESTION_WORDS, np.int64), pad([e[1] for e in enc], QUESTION_WORDS, np.float32)
        self.s, self.sm = pad([e[2] for e in enc], SENTENCE_WORDS, np.int64), pad([e[3] for e in enc], SENTENCE_WORDS, np.float32)

    def score(self, model, at):
        """The reader's scores of the rows numbered `at` (a NumPy index array), as a tensor."""
        return model.pair(*(torch.from_numpy(x[at]) for x in (self.q, self.qm, self.s, self.sm)))


def batches(model, encoded, at, size=1024):
    """Scores of the rows numbered `at`, without gradients, in batches."""
    with torch.no_grad():
        scores = [encoded.score(model, at[k:k + size]) for k in range(0, len(at), size)]
    return torch.cat(scores).numpy() if scores else np.zeros(0)


def warn_reference_blas():
    """Debian's PyTorch multiplies through whichever libblas.so.3 is installed; the reference one is ~10x slower."""
    try:
        maps = open('/proc/self/maps').read()
    except OSError:
        return
    if '/blas/libblas.so' in maps and 'openblas' not in maps:
        sys.stderr.write('fitReader.py: PyTorch is using the reference BLAS, so the fit takes several times longer; '
                         'apt-get install libopenblas0-pthread makes it fast\n')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--model', required=True)
    ap.add_argument('--examples')
    ap.add_argument('--out')
    ap.add_argument('--scores')
    ap.add_argument('--parity')
    ap.add_argument('--width', type=int, default=32)
    ap.add_argument('--hidden', type=int, default=32)
    ap.add_argument('--epochs', type=int, default=2)
    ap.add_argument('--top', type=int, default=5)
    ap.add_argument('--learning-rate', type=float, default=1e-3)
    ap.add_argument('--batch', type=int, default=64)
    ap.add_argument('--seed', type=int, default=7)
    ap.add_argument('--folds', type=int, default=2)
    ap.add_argument('--no-answer-weight', type=float, default=0.0)
    a = ap.parse_args()
    torch.manual_seed(a.seed); np.random.seed(a.seed); torch.set_num_threads(2)
    warn_reference_blas()
    words, vectors = unit_vectors(json.load(open(a.model)))
    index = {w: i + 1 for i, w in enumerate(words)}
    unknown = len(words) + 1
    words_of = lambda w: index.get(w, unknown)
    if a.parity:
        return parity(a, words, vectors, words_of)
    csv.field_size_limit(1 << 30)
    rows = list(csv.DictReader(open(a.examples), delimiter='\t', quoting=csv.QUOTE_NONE))
    groups = {}
    for k, r in enumerate(rows):
        groups.setdefault(r['qid'], []).append(k)
    answerable = [g for g in groups.values() if all(rows[k]['val'] == '0' and rows[k]['kind'] == 'answerable' for k in g)
                  and any(rows[k]['right'] == '1' for k in g)]
    negative = [g for g in groups.values() if a.no_answer_weight > 0 and rows[g[0]]['val'] == '0' and rows[g[0]]['kind'] != 'answerable']
    train = [(g, False) for g in answerable] + [(g, True) for g in negative]
    encoded = Encoded(rows, words_of)
    logits = np.array([float(r['logit']) for r in rows], dtype=np.float32)
    right = np.array([r['right'] == '1' for r in rows])
    model = fit(a, vectors, encoded, logits, right, train, 'reader')
    scores = batches(model, encoded, np.arange(len(rows)))
    # The confidence is fitted on the training sets' questions: each is scored by a reader fitted without its half
    # (cross-fitting), so that it sees the reader's scores as on questions it never read; its sum with the final
    # reader's weight on the ranker kept (the score moved by the difference of the weights times the logit).
    weight = float(model.ranker_weight)
    for fold in range(a.folds if a.folds > 1 else 0):
        part = fit(a, vectors, encoded, logits, right, [t for t in train if int(rows[t[0][0]]['qid']) % a.folds != fold], f'fold {fold + 1}')
        held = np.array([k for k, r in enumerate(rows) if r['val'] == '0' and int(r['qid']) % a.folds == fold], dtype=np.int64)
        moved = float(part.ranker_weight) - weight
        for k, score in zip(held, batches(part, encoded, held)):
            scores[k] = score + moved * float(logits[k])
    with open(a.scores, 'w') as f:
        f.write('\n'.join(f'{s:.6f}' for s in scores) + '\n')
    json.dump(model.export(a.top), open(a.out, 'w'))


def fit(a, vectors, encoded, logits, right, train, name):
    """A reader fitted listwise on the `train` questions (lists of their rows, and whether the question has no answer),
    as many epochs as asked. With --no-answer-weight, a learned "no answer" logit stands beside every question's
    candidates: an answerable question's right candidates should beat it, and it should beat every candidate of a
    question without an answer (weighted so). The reader then scores a question its sentences do not answer lower,
    which its confidence reads; the logit itself is not kept (the confidence's own bias takes its place)."""
    model = Reader(vectors, a.width, a.hidden)
    nothing = nn.Parameter(torch.tensor(0.0))
    started = time.time()
    trained = [p for p in model.parameters() if p.requires_grad] + ([nothing] if a.no_answer_weight > 0 else [])
    optimiser = torch.optim.Adam(trained, lr=a.learning_rate)
    for epoch in range(a.epochs):
        order = np.random.permutation(len(train))
        total = 0.0
        for at in range(0, len(order), a.batch):
            chosen = [train[i][0] for i in order[at:at + a.batch]]
            unanswered = torch.tensor([train[i][1] for i in order[at:at + a.batch]])
            flat = np.array([k for g in chosen for k in g], dtype=np.int64)
            combined = model.ranker_weight * torch.from_numpy(logits[flat]) + encoded.score(model, flat)
            # The questions side by side, their candidates padded to the longest list (padding masked out).
            longest = max(len(g) for g in chosen)
            place = np.zeros((len(chosen), longest), dtype=np.int64)
            there = np.zeros((len(chosen), longest), dtype=bool)
            start = 0
            for i, g in enumerate(chosen):
                place[i, :len(g)], there[i, :len(g)] = np.arange(start, start + len(g)), True
                start += len(g)
            table, there = combined[torch.from_numpy(place)], torch.from_numpy(there)
            good = there & torch.from_numpy(right[flat][place])
            if a.no_answer_weight > 0:
                table = torch.cat([table.masked_fill(~there, -np.inf), nothing.expand(len(chosen), 1)], 1)
                aimed = torch.where(unanswered, nothing.expand(len(chosen)), torch.logsumexp(table[:, :-1].masked_fill(~good, -np.inf), 1))
                weight = torch.where(unanswered, torch.tensor(a.no_answer_weight), torch.tensor(1.0))
                loss = ((torch.logsumexp(table, 1) - aimed) * weight).sum() / weight.sum()
            else:
                loss = (torch.logsumexp(table.masked_fill(~there, -np.inf), 1) - torch.logsumexp(table.masked_fill(~good, -np.inf), 1)).mean()
            optimiser.zero_grad(); loss.backward(); optimiser.step(); total += float(loss)
        sys.stderr.write(f'{name} epoch {epoch + 1}: loss {total / max(1, len(order) / a.batch):.4f}, {time.time() - started:.0f} s\n')
    model.eval()
    return model


def parity(a, words, vectors, words_of):
    """A tiny random reader and its scores on pairs of the vocabulary's words, for the TypeScript parity test."""
    model = Reader(vectors, 4, 3)
    for p in model.parameters():
        if p.requires_grad:
            nn.init.normal_(p, std=0.5)
    with torch.no_grad():
        model.ranker_weight.abs_()
    model.eval()
    # Past the word limits a match flag depends on the cut: "town" and "poet" come after the 24th and 60th words.
    long_question = ' '.join(['who'] * 24 + ['town'])
    long_sentence = ' '.join(['the'] * 60 + ['poet', 'town'])
    pairs = [{'qw': 'who won the prize in 2020', 'sw': 'the prize was won by a little known poet in 2020'},
             {'qw': 'how many people live there', 'sw': 'about 3,000 residents xqzv live in the town'},
             {'qw': 'when', 'sw': ''},
             {'qw': '', 'sw': 'the prize was won'},
             {'qw': long_question + ' poet', 'sw': long_sentence},
             {'qw': 'poet town', 'sw': long_sentence}]
    used = sorted({w for p in pairs for w in (p['qw'] + ' ' + p['sw']).split() if w in set(words)})
    rows = [words.index(w) for w in used]
    json.dump({'reader': model.export(5), 'words': used, 'vectors': vectors[rows].astype(float).tolist(),
               'pairs': [{**p, 'score': float(s)} for p, s in zip(pairs, batches(model, Encoded(pairs, words_of), np.arange(len(pairs))))]}, open(a.parity, 'w'))


main()
