"""Trained networks and data sets, shared by the lessons that train them: pure JAX and NumPy,
no Streamlit, no Plotly.

- `networks`: small MLPs, their initialisations, layer statistics, slices and sharpness;
- `digits`: note 002's digits network (regularisation, dropout, pre-training);
- `batchnorm`: a deep sigmoid network with and without batch normalisation;
- `edge_of_stability`: full-batch gradient descent on a small network, with its λ_max;
- `datasets`: the linear least-squares problems of the data lessons.
"""
