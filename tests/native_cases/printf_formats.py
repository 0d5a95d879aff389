import warp as wp


@wp.func
def report(x: float, n: int):
    wp.printf("x=%f n=%d\n", x, n)
    return x + float(n)


@wp.kernel
def printfs(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3)):
    i = wp.tid()
    wp.printf("i=%d a=%f\n", i, a[i])
    wp.printf('hello\tworld\\ "quoted" \x01\n')
    wp.printf("v=%f %f " "%f\r\n", v[i][0], v[i].y, v[i][2])
    wp.printf("no newline")
    wp.printf(
        "two "
        "lines %d\n",
        i,
    )
    a[i] = report(a[i], i)
