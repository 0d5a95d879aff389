# Tiles rebound where Warp copies, merges or carries them: `y = t` (copy: a register tile keeps its tile
# type, a shared one or a view copies into a new owning shared tile), names both branches of an `if` bind
# or an `a if c else b` (where: the register side's tile type, else a new shared tile), and names a dynamic
# loop rebinds (`acc = acc + t`, `acc *= 0.5`: materialize_redefinitions' generic assign), forward and
# backward (while loops, and branches binding shared tiles on both sides, too); unrolled literal ranges
# rebind without an assign.
import warp as wp

TILE = wp.constant(16)
TM = 8
TN = 4


@wp.kernel
def loop_rebind(a: wp.array(dtype=float), b: wp.array(dtype=float), n: int):
    i = wp.tid()
    acc = wp.tile_zeros(shape=TILE, dtype=float)
    sh = wp.tile_zeros(shape=TILE, dtype=float, storage="shared")
    for k in range(n):
        t = wp.tile_load(a, shape=TILE, offset=k * TILE)
        acc = acc + t
        sh = sh - t * 0.5
        sh *= 0.5
    for k in range(3):
        acc = acc + wp.tile_map(wp.sin, acc)
    wp.tile_store(b, acc, offset=i * TILE)
    wp.tile_store(b, sh)


@wp.kernel
def nested_loops(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), n: int):
    i, j = wp.tid()
    acc = wp.tile_zeros(shape=(TM, TN), dtype=float)
    k = int(0)
    while k < n:
        x = wp.tile_load(a, shape=(TM, TN), offset=(k * TM, j * TN), storage="shared")
        for m in range(n):
            acc = acc - x * 2.0
        acc += x
        k += 1
    for m in range(20):
        acc = wp.tile_map(wp.cos, acc)
    wp.tile_store(b, acc, offset=(i * TM, j * TN))
    wp.tile_store(b, wp.tile_transpose(acc))


@wp.kernel
def views_carried(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), n: int):
    x = wp.tile_load(a, shape=(TM, TM), storage="shared")
    y = wp.tile_zeros(shape=(TM, TM), dtype=float)
    for k in range(n):
        y = wp.tile_transpose(x)
        x = x + y
    wp.tile_store(b, x)
    wp.tile_store(b, y)


@wp.kernel
def branches(a: wp.array(dtype=float), b: wp.array(dtype=float), n: int, c: float):
    x = wp.tile_load(a, shape=TILE, storage="shared")
    y = wp.tile_load(a, shape=TILE, offset=TILE, storage="shared")
    r = wp.tile_zeros(shape=TILE, dtype=float)
    if n > 2:
        r = x + y
        s = x * 1.0
        u = x
    else:
        r = y * 2.0
        s = -y
        u = r
    wp.tile_store(b, r)
    wp.tile_store(b, s)
    wp.tile_store(b, wp.tile_map(wp.sin, u))
    for k in range(n):
        t = wp.tile_load(a, shape=TILE, offset=k * TILE)
        if c > 0.0:
            r = r + t
        else:
            r -= t
        if k > 3:
            s = t
    wp.tile_store(b, r)
    wp.tile_store(b, s)
    q = wp.tile_ones(shape=TILE, dtype=float)
    q2 = q if n > 3 else x
    wp.tile_store(b, q2)
    if n > 1:
        q = y
    wp.tile_store(b, q)


@wp.kernel
def copies(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), n: int):
    x = wp.tile_load(a, shape=(TM, TM))
    y = x
    y += x
    z = wp.tile_transpose(y)
    v = x[1:3]
    w = v
    s = wp.tile_load(a, shape=(TM, TM), storage="shared")
    s2 = s
    s2 -= s
    wp.tile_store(b, x + y)
    wp.tile_store(b, z)
    wp.tile_store(b, w)
    wp.tile_store(b, s2)
    acc = wp.tile_zeros(shape=(TM, TM), dtype=float)
    for k in range(n):
        t = wp.tile_load(a, shape=(TM, TM), offset=(k, 0))
        acc = t
    wp.tile_store(b, acc)


@wp.kernel
def shared_merge(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), n: int):
    x = wp.tile_load(a, shape=(TM, TM), storage="shared")
    y = wp.tile_load(a, shape=(TM, TM), storage="shared")
    if n > 2:
        z = x[1:3]
        s = wp.tile_transpose(x)
    else:
        z = y[0:4:2]
        s = y
    wp.tile_store(b, z)
    wp.tile_store(b, s)


@wp.kernel
def while_rebind(a: wp.array(dtype=float), b: wp.array(dtype=float), n: int):
    acc = wp.tile_zeros(shape=TILE, dtype=float)
    k = int(0)
    while k < n:
        x = wp.tile_load(a, shape=TILE, offset=k, storage="shared")
        y = x
        acc = acc + y
        if k > 5:
            break
        k += 1
    wp.tile_store(b, acc)
