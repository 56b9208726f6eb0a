#!/usr/bin/python3
"""Boosted decision tree fixtures for Hls4Net (issue 16). Run by hand with Debian's python3-sklearn, python3-xgboost,
python3-onnx and python3-numpy:  /usr/bin/python3 tools/bdt_fixtures/make_bdt_fixtures.py tests/fixtures/bdt [NAME ...]
(names: only those fixtures; the others are left as they are)

Trains small seeded models on synthetic data and writes, per fixture <name>:
  <name>.onnx         an ai.onnx.ml TreeEnsembleClassifier/TreeEnsembleRegressor graph built here from the fitted
                      trees with python3-onnx (skl2onnx is not packaged), laid out as skl2onnx/onnxmltools write them
  <name>.json         (XGBoost fixtures only) Booster.save_model's JSON
  <name>.input.npy    float32 test inputs [N, F]
  <name>.output.npy   the library's own predictions (float64): predict_proba for classifiers, predict for regressors
"""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper
from sklearn.ensemble import (GradientBoostingClassifier, GradientBoostingRegressor, RandomForestClassifier,
                              RandomForestRegressor)

OUT = sys.argv[1] if len(sys.argv) > 1 else "tests/fixtures/bdt"
N_TEST = 64


def data(seed, n, f, classes=None):
    rng = np.random.RandomState(seed)
    x = rng.normal(size=(n, f)).astype(np.float32)
    w = rng.normal(size=(f,))
    if classes is None:
        y = x @ w + 0.3 * np.sin(3 * x[:, 0]) + 0.1 * rng.normal(size=n)
    else:
        w2 = rng.normal(size=(f, classes))
        y = np.argmax(x @ w2 + 0.5 * rng.normal(size=(n, classes)), axis=1)
    return x, y


def sklearn_tree_nodes(tree, tree_id, leaf_weights):
    """Node attributes of one sklearn tree (BRANCH_LEQ, true = left). leaf_weights(node) -> list of (class, weight)."""
    t = tree.tree_
    a = dict(nodes_treeids=[], nodes_nodeids=[], nodes_featureids=[], nodes_values=[], nodes_modes=[],
             nodes_truenodeids=[], nodes_falsenodeids=[], nodes_missing_value_tracks_true=[], nodes_hitrates=[])
    leaves = []
    for i in range(t.node_count):
        leaf = t.children_left[i] == -1
        a["nodes_treeids"].append(tree_id)
        a["nodes_nodeids"].append(i)
        a["nodes_featureids"].append(0 if leaf else int(t.feature[i]))
        a["nodes_values"].append(0.0 if leaf else float(t.threshold[i]))
        a["nodes_modes"].append("LEAF" if leaf else "BRANCH_LEQ")
        a["nodes_truenodeids"].append(0 if leaf else int(t.children_left[i]))
        a["nodes_falsenodeids"].append(0 if leaf else int(t.children_right[i]))
        a["nodes_missing_value_tracks_true"].append(0)
        a["nodes_hitrates"].append(1.0)
        if leaf:
            for c, w in leaf_weights(i):
                leaves.append((tree_id, i, c, w))
    return a, leaves


def merge(parts):
    attrs = {}
    leaves = []
    for a, l in parts:
        for k, v in a.items():
            attrs.setdefault(k, []).extend(v)
        leaves.extend(l)
    return attrs, leaves


def model(node, n_features, outputs, tails=()):
    x = helper.make_tensor_value_info("input", TensorProto.FLOAT, ["N", n_features])
    graph = helper.make_graph([node, *tails], "bdt", [x], outputs)
    m = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13), helper.make_opsetid("ai.onnx.ml", 1)],
                          producer_name="hls4net-bdt-fixtures")
    m.ir_version = 8
    onnx.checker.check_model(m)
    return m


def map_of_float():
    """seq(map(int64, float)): ZipMap's output type."""
    t = onnx.TypeProto()
    t.sequence_type.elem_type.map_type.key_type = TensorProto.INT64
    t.sequence_type.elem_type.map_type.value_type.tensor_type.elem_type = TensorProto.FLOAT
    return t


def classifier(attrs, leaves, classes, base_values, post, zipmap=False):
    kw = dict(attrs)
    kw["class_treeids"] = [l[0] for l in leaves]
    kw["class_nodeids"] = [l[1] for l in leaves]
    kw["class_ids"] = [l[2] for l in leaves]
    kw["class_weights"] = [float(l[3]) for l in leaves]
    kw["classlabels_int64s"] = list(range(classes))
    kw["post_transform"] = post
    if base_values is not None:
        kw["base_values"] = [float(b) for b in base_values]
    node = helper.make_node("TreeEnsembleClassifier", ["input"], ["label", "probabilities"], domain="ai.onnx.ml",
                            name="TreeEnsembleClassifier", **kw)
    outputs = [helper.make_tensor_value_info("label", TensorProto.INT64, ["N"])]
    tails = []
    if zipmap:
        tails.append(helper.make_node("Cast", ["label"], ["output_label"], to=TensorProto.INT64, name="Cast"))
        tails.append(helper.make_node("ZipMap", ["probabilities"], ["output_probability"], domain="ai.onnx.ml",
                                      classlabels_int64s=list(range(classes)), name="ZipMap"))
        outputs = [helper.make_tensor_value_info("output_label", TensorProto.INT64, ["N"]),
                   helper.make_value_info("output_probability",
                                          map_of_float()),
                   ]
    else:
        outputs.append(helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", classes]))
    return node, outputs, tails


def regressor(attrs, leaves, base_values, aggregate="SUM", post="NONE"):
    kw = dict(attrs)
    kw["target_treeids"] = [l[0] for l in leaves]
    kw["target_nodeids"] = [l[1] for l in leaves]
    kw["target_ids"] = [l[2] for l in leaves]
    kw["target_weights"] = [float(l[3]) for l in leaves]
    kw["n_targets"] = 1
    kw["aggregate_function"] = aggregate
    kw["post_transform"] = post
    if base_values is not None:
        kw["base_values"] = [float(b) for b in base_values]
    node = helper.make_node("TreeEnsembleRegressor", ["input"], ["variable"], domain="ai.onnx.ml",
                            name="TreeEnsembleRegressor", **kw)
    return node, [helper.make_tensor_value_info("variable", TensorProto.FLOAT, ["N", 1])], []


def save(name, m, x, y, extra=None):
    onnx.save(m, os.path.join(OUT, name + ".onnx"))
    np.save(os.path.join(OUT, name + ".input.npy"), np.ascontiguousarray(x, dtype=np.float32))
    np.save(os.path.join(OUT, name + ".output.npy"), np.ascontiguousarray(y, dtype=np.float64))
    print(name, x.shape, np.asarray(y).shape)


def gb_classifier(name, seed, classes, n_features, n_estimators, depth, zipmap=False):
    x, y = data(seed, 400, n_features, classes)
    clf = GradientBoostingClassifier(n_estimators=n_estimators, max_depth=depth, learning_rate=0.3, random_state=seed)
    clf.fit(x, y)
    lr = clf.learning_rate
    parts = []
    tid = 0
    if classes == 2:
        # skl2onnx's binary layout: one score column (class id 0), base value = the initial log-odds, LOGISTIC.
        for est in clf.estimators_[:, 0]:
            parts.append(sklearn_tree_nodes(est, tid, lambda i, t=est: [(0, lr * t.tree_.value[i, 0, 0])]))
            tid += 1
        base = clf._raw_predict_init(x[:1])[0]
        post = "LOGISTIC"
    else:
        for stage in clf.estimators_:
            for k, est in enumerate(stage):
                parts.append(sklearn_tree_nodes(est, tid, lambda i, t=est, k=k: [(k, lr * t.tree_.value[i, 0, 0])]))
                tid += 1
        base = clf._raw_predict_init(x[:1])[0]
        post = "SOFTMAX"
    attrs, leaves = merge(parts)
    node, outputs, tails = classifier(attrs, leaves, classes, base, post, zipmap)
    xt, _ = data(seed + 1000, N_TEST, n_features, classes)
    save(name, model(node, n_features, outputs, tails), xt, clf.predict_proba(xt))


def softmax_zero(p):
    """ONNX-ML's SOFTMAX_ZERO by hand: per row, a zero score gives 0 and is left out of the sum, the others are the
    softmax over the non-zero scores."""
    out = np.zeros_like(p)
    for r, row in enumerate(p):
        keep = row != 0
        if keep.any():
            e = np.exp(row[keep] - row.max())
            out[r, keep] = e / e.sum()
    return out


def rf_classifier(name, seed, classes, n_features, n_estimators, depth, post="NONE"):
    """post NONE: the averaged class probabilities (predict_proba). post SOFTMAX_ZERO: no library computes it, so the
    expected output is softmax_zero (numpy, above) of predict_proba; the fixture's rows have exact zeros to mask."""
    x, y = data(seed, 400, n_features, classes)
    clf = RandomForestClassifier(n_estimators=n_estimators, max_depth=depth, random_state=seed)
    clf.fit(x, y)
    n = len(clf.estimators_)
    parts = []
    for tid, est in enumerate(clf.estimators_):
        def weights(i, t=est):
            v = t.tree_.value[i, 0]
            v = v / v.sum()
            return [(c, v[c] / n) for c in range(classes)]
        parts.append(sklearn_tree_nodes(est, tid, weights))
    attrs, leaves = merge(parts)
    node, outputs, tails = classifier(attrs, leaves, classes, None, post)
    xt, _ = data(seed + 1000, N_TEST, n_features, classes)
    proba = clf.predict_proba(xt)
    if post == "SOFTMAX_ZERO":
        print(name, "zero probabilities masked:", int((proba == 0).sum()), "of", proba.size)
        proba = softmax_zero(proba)
    save(name, model(node, n_features, outputs, tails), xt, proba)


def gb_regressor(name, seed, n_features, n_estimators, depth):
    x, y = data(seed, 400, n_features)
    reg = GradientBoostingRegressor(n_estimators=n_estimators, max_depth=depth, learning_rate=0.3, random_state=seed)
    reg.fit(x, y)
    lr = reg.learning_rate
    parts = [sklearn_tree_nodes(est, tid, lambda i, t=est: [(0, lr * t.tree_.value[i, 0, 0])])
             for tid, est in enumerate(reg.estimators_[:, 0])]
    attrs, leaves = merge(parts)
    node, outputs, tails = regressor(attrs, leaves, [float(reg.init_.constant_.ravel()[0])])
    xt, _ = data(seed + 1000, N_TEST, n_features)
    save(name, model(node, n_features, outputs, tails), xt, reg.predict(xt).reshape(-1, 1))


def rf_regressor(name, seed, n_features, n_estimators, depth):
    x, y = data(seed, 400, n_features)
    reg = RandomForestRegressor(n_estimators=n_estimators, max_depth=depth, random_state=seed)
    reg.fit(x, y)
    n = len(reg.estimators_)
    parts = [sklearn_tree_nodes(est, tid, lambda i, t=est: [(0, t.tree_.value[i, 0, 0] / n)])
             for tid, est in enumerate(reg.estimators_)]
    attrs, leaves = merge(parts)
    node, outputs, tails = regressor(attrs, leaves, None)
    xt, _ = data(seed + 1000, N_TEST, n_features)
    save(name, model(node, n_features, outputs, tails), xt, reg.predict(xt).reshape(-1, 1))


def rf_regressor_probit(name, seed, n_features, n_estimators, depth):
    """A random forest regressor of a probability (targets in (0.02, 0.98)) with post_transform PROBIT. No library
    computes the probit of a forest, so the expected output is Python's statistics.NormalDist().inv_cdf (the exact
    standard normal quantile, Wichura's AS241) of RandomForestRegressor.predict."""
    from statistics import NormalDist
    x, y = data(seed, 400, n_features)
    p = 0.02 + 0.96 / (1 + np.exp(-y))
    reg = RandomForestRegressor(n_estimators=n_estimators, max_depth=depth, random_state=seed)
    reg.fit(x, p)
    n = len(reg.estimators_)
    parts = [sklearn_tree_nodes(est, tid, lambda i, t=est: [(0, t.tree_.value[i, 0, 0] / n)])
             for tid, est in enumerate(reg.estimators_)]
    attrs, leaves = merge(parts)
    node, outputs, tails = regressor(attrs, leaves, None, post="PROBIT")
    xt, _ = data(seed + 1000, N_TEST, n_features)
    probit = np.array([NormalDist().inv_cdf(v) for v in reg.predict(xt)])
    save(name, model(node, n_features, outputs, tails), xt, probit.reshape(-1, 1))


def xgb_tree_nodes(tree, tree_id, cls):
    """One tree of the XGBoost JSON as ONNX node attributes: x < split goes left (BRANCH_LT, true = left), missing
    values follow default_left."""
    a = dict(nodes_treeids=[], nodes_nodeids=[], nodes_featureids=[], nodes_values=[], nodes_modes=[],
             nodes_truenodeids=[], nodes_falsenodeids=[], nodes_missing_value_tracks_true=[], nodes_hitrates=[])
    leaves = []
    left, right = tree["left_children"], tree["right_children"]
    for i in range(len(left)):
        leaf = left[i] == -1
        a["nodes_treeids"].append(tree_id)
        a["nodes_nodeids"].append(i)
        a["nodes_featureids"].append(0 if leaf else int(tree["split_indices"][i]))
        a["nodes_values"].append(0.0 if leaf else float(tree["split_conditions"][i]))
        a["nodes_modes"].append("LEAF" if leaf else "BRANCH_LT")
        a["nodes_truenodeids"].append(0 if leaf else int(left[i]))
        a["nodes_falsenodeids"].append(0 if leaf else int(right[i]))
        a["nodes_missing_value_tracks_true"].append(0 if leaf else int(tree["default_left"][i]))
        a["nodes_hitrates"].append(1.0)
        if leaf:
            leaves.append((tree_id, i, cls, float(tree["split_conditions"][i])))
    return a, leaves


def xgb_model(name, seed, classes, n_features, n_estimators, depth):
    import json
    import xgboost as xgb  # only here: the sklearn-only fixtures can be made without python3-xgboost
    x, y = data(seed, 400, n_features, classes)
    params = dict(n_estimators=n_estimators, max_depth=depth, learning_rate=0.3, random_state=seed, tree_method="exact")
    if classes == 2:
        m = xgb.XGBClassifier(objective="binary:logistic", **params)
    else:
        m = xgb.XGBClassifier(objective="multi:softprob", **params)
    m.fit(x, y)
    path = os.path.join(OUT, name + ".json")
    m.get_booster().save_model(path)
    j = json.load(open(path))
    learner = j["learner"]
    trees = learner["gradient_booster"]["model"]["trees"]
    info = learner["gradient_booster"]["model"]["tree_info"]
    base_score = float(learner["learner_model_param"]["base_score"])
    parts = [xgb_tree_nodes(t, k, info[k]) for k, t in enumerate(trees)]
    attrs, leaves = merge(parts)
    if classes == 2:
        base = [float(np.log(base_score / (1 - base_score)))]
        node, outputs, tails = classifier(attrs, leaves, 2, base, "LOGISTIC")
    else:
        node, outputs, tails = classifier(attrs, leaves, classes, [base_score] * classes, "SOFTMAX")
    xt, _ = data(seed + 1000, N_TEST, n_features, classes)
    save(name, model(node, n_features, outputs, tails), xt, m.predict_proba(xt))


def xgb_margin_model(name, seed, objective, n_features, n_estimators, depth, classes=None, rf=False):
    """XGBoost models whose ONNX twin keeps base_score as given: binary:logitraw (the raw margin: XGBoost's
    LogisticRaw does not take the logit of base_score), reg:squarederror, and XGBRFClassifier (num_parallel_tree
    trees per class and round, learning rate 1) with multi:softprob."""
    import json
    import xgboost as xgb
    x, y = data(seed, 400, n_features, classes)
    if rf:
        m = xgb.XGBRFClassifier(n_estimators=n_estimators, max_depth=depth, random_state=seed, tree_method="exact")
    elif objective.startswith("reg:"):
        m = xgb.XGBRegressor(objective=objective, n_estimators=n_estimators, max_depth=depth, learning_rate=0.3,
                             random_state=seed, tree_method="exact")
    else:
        y = (y > np.median(y)).astype(int) if classes is None else y
        m = xgb.XGBClassifier(objective=objective, n_estimators=n_estimators, max_depth=depth, learning_rate=0.3,
                              random_state=seed, tree_method="exact")
    m.fit(x, y)
    path = os.path.join(OUT, name + ".json")
    m.get_booster().save_model(path)
    learner = json.load(open(path))["learner"]
    trees = learner["gradient_booster"]["model"]["trees"]
    info = learner["gradient_booster"]["model"]["tree_info"]
    base_score = float(learner["learner_model_param"]["base_score"])
    parts = [xgb_tree_nodes(t, k, info[k] if classes else 0) for k, t in enumerate(trees)]
    attrs, leaves = merge(parts)
    xt, _ = data(seed + 1000, N_TEST, n_features, classes)
    if classes:
        node, outputs, tails = classifier(attrs, leaves, classes, [base_score] * classes, "SOFTMAX")
        expected = m.predict_proba(xt)
    else:
        node, outputs, tails = regressor(attrs, leaves, [base_score])
        expected = m.predict(xt, output_margin=True) if objective == "binary:logitraw" else m.predict(xt)
    save(name, model(node, n_features, outputs, tails), xt, np.asarray(expected, dtype=np.float64).reshape(len(xt), -1))


FIXTURES = {
    "sk_gb_binary": lambda n: gb_classifier(n, 1, 2, 6, 12, 3),
    "sk_gb_multiclass": lambda n: gb_classifier(n, 2, 3, 6, 8, 3),
    "sk_gb_multiclass_zipmap": lambda n: gb_classifier(n, 3, 3, 5, 5, 2, zipmap=True),
    "sk_rf_binary": lambda n: rf_classifier(n, 4, 2, 6, 8, 4),
    "sk_rf_multiclass": lambda n: rf_classifier(n, 5, 4, 6, 8, 4),
    "sk_gb_regressor": lambda n: gb_regressor(n, 6, 6, 12, 3),
    "sk_rf_regressor": lambda n: rf_regressor(n, 7, 6, 8, 4),
    "xgb_binary": lambda n: xgb_model(n, 8, 2, 6, 10, 3),
    "xgb_multiclass": lambda n: xgb_model(n, 9, 3, 6, 6, 3),
    "sk_gb_100trees_5class": lambda n: gb_classifier(n, 10, 5, 16, 20, 4),
    "sk_rf_regressor_probit": lambda n: rf_regressor_probit(n, 11, 6, 8, 4),
    "sk_rf_multiclass_softmax_zero": lambda n: rf_classifier(n, 12, 4, 6, 4, 6, post="SOFTMAX_ZERO"),
    "xgb_logitraw": lambda n: xgb_margin_model(n, 13, "binary:logitraw", 6, 8, 3),
    "xgb_regressor": lambda n: xgb_margin_model(n, 14, "reg:squarederror", 6, 10, 3),
    "xgb_rf_multiclass": lambda n: xgb_margin_model(n, 15, "multi:softprob", 6, 3, 3, classes=3, rf=True),
}


def main():
    """make_bdt_fixtures.py [OUT [NAME ...]]: every fixture, or only the named ones."""
    os.makedirs(OUT, exist_ok=True)
    for name in sys.argv[2:] or FIXTURES:
        FIXTURES[name](name)


if __name__ == "__main__":
    main()
