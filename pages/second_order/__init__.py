"""Second-order steps: the step g/h in 1-D beside AdaGrad's g/√Σg², Newton jumping onto a
saddle where noisy gradient descent and saddle-free Newton escape, and what a Newton step
costs on a network (note 001 【结论1】, note 003; Goodfellow 8.6)."""
