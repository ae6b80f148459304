"""The numeric core of gdviz: plain numpy, no Qt.

Data loading (:mod:`.data`), the model and its sufficient statistics (:mod:`.model`),
units for normalised descent (:mod:`.scaling`), optimizers (:mod:`.optimizers`), the
stepping state with its history (:mod:`.descent`) and the loss surface (:mod:`.surface`).
"""
