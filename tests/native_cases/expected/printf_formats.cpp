#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

#define builtin_tid1d() wp::linear_tid<wp_linear_tid>(task_index, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, task_index, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, task_index, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, task_index, dim)

#define builtin_block_dim() wp::block_dim()


// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)


// warpsynth/printf_formats.py:4
static wp::float32 report_0(
    wp::float32 var_x,
    wp::int32 var_n)
{
    //---------
    // primal vars
    const wp::str var_0 = "x=%f n=%d\n";
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // forward
    // def report(x: float, n: int):                                                          <L 5>
    // wp.printf("x=%f n=%d\n", x, n)                                                         <L 6>
    printf(var_0, var_x, var_n);
    // return x + float(n)                                                                    <L 7>
    var_1 = wp::float(var_n);
    var_2 = wp::add(var_x, var_1);
    return var_2;
}


// warpsynth/printf_formats.py:4
static void adj_report_0(
    wp::float32 var_x,
    wp::int32 var_n,
    wp::float32 & adj_x,
    wp::int32 & adj_n,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::str var_0 = "x=%f n=%d\n";
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // dual vars
    wp::str adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    //---------
    // forward
    // def report(x: float, n: int):                                                          <L 5>
    // wp.printf("x=%f n=%d\n", x, n)                                                         <L 6>
    printf(var_0, var_x, var_n);
    // return x + float(n)                                                                    <L 7>
    var_1 = wp::float(var_n);
    var_2 = wp::add(var_x, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_add(var_x, var_1, adj_x, adj_1, adj_2);
    wp::adj_float(var_n, adj_n, adj_1);
    // adj: return x + float(n)                                                               <L 7>
    // adj: wp.printf("x=%f n=%d\n", x, n)                                                    <L 6>
    // adj: def report(x: float, n: int):                                                     <L 5>
    return;
}

struct wp_args_printfs_22efd8ee {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
};


template <bool wp_linear_contiguous>
static void printfs_22efd8ee_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_printfs_22efd8ee *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::str var_1 = "i=%d a=%f\n";
    wp::float32* var_2;
    wp::float32 var_3;
    const wp::str var_4 = "hello\tworld\\ "quoted" \x01\n";
    const wp::str var_5 = "v=%f %f %f\r\n";
    wp::vec_t<3, wp::float32>* var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32>* var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32>* var_14;
    const wp::int32 var_15 = 2;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    const wp::str var_18 = "no newline";
    const wp::str var_19 = "two lines %d\n";
    wp::float32* var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    //---------
    // forward
    // def printfs(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3)):                     <L 11>
    // i = wp.tid()                                                                           <L 12>
    var_0 = builtin_tid1d();
    // wp.printf("i=%d a=%f\n", i, a[i])                                                      <L 13>
    var_2 = wp::address(var_a, var_0);
    var_3 = wp::load(var_2);
    printf(var_1, var_0, var_3);
    // wp.printf('hello\tworld\\ "quoted" \x01\n')                                            <L 14>
    printf(var_4);
    // wp.printf("v=%f %f " "%f\r\n", v[i][0], v[i].y, v[i][2])                               <L 15>
    var_6 = wp::address(var_v, var_0);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    var_10 = wp::address(var_v, var_0);
    var_13 = wp::load(var_10);
    var_12 = wp::extract(var_13, var_11);
    var_14 = wp::address(var_v, var_0);
    var_17 = wp::load(var_14);
    var_16 = wp::extract(var_17, var_15);
    printf(var_5, var_8, var_12, var_16);
    // wp.printf("no newline")                                                                <L 16>
    printf(var_18);
    // wp.printf(                                                                             <L 17>
    // "two "                                                                                 <L 18>
    // i,                                                                                     <L 20>
    printf(var_19, var_0);
    // a[i] = report(a[i], i)                                                                 <L 22>
    var_20 = wp::address(var_a, var_0);
    var_22 = wp::load(var_20);
    var_21 = report_0(var_22, var_0);
    wp::array_store(var_a, var_0, var_21);
}



template <bool wp_linear_contiguous>
static void printfs_22efd8ee_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_printfs_22efd8ee *_wp_args,
    wp_args_printfs_22efd8ee *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::str var_1 = "i=%d a=%f\n";
    wp::float32* var_2;
    wp::float32 var_3;
    const wp::str var_4 = "hello\tworld\\ "quoted" \x01\n";
    const wp::str var_5 = "v=%f %f %f\r\n";
    wp::vec_t<3, wp::float32>* var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32>* var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32>* var_14;
    const wp::int32 var_15 = 2;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    const wp::str var_18 = "no newline";
    const wp::str var_19 = "two lines %d\n";
    wp::float32* var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::str adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::str adj_4 = {};
    wp::str adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::str adj_18 = {};
    wp::str adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    //---------
    // forward
    // def printfs(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3)):                     <L 11>
    // i = wp.tid()                                                                           <L 12>
    var_0 = builtin_tid1d();
    // wp.printf("i=%d a=%f\n", i, a[i])                                                      <L 13>
    var_2 = wp::address(var_a, var_0);
    var_3 = wp::load(var_2);
    printf(var_1, var_0, var_3);
    // wp.printf('hello\tworld\\ "quoted" \x01\n')                                            <L 14>
    printf(var_4);
    // wp.printf("v=%f %f " "%f\r\n", v[i][0], v[i].y, v[i][2])                               <L 15>
    var_6 = wp::address(var_v, var_0);
    var_9 = wp::load(var_6);
    var_8 = wp::extract(var_9, var_7);
    var_10 = wp::address(var_v, var_0);
    var_13 = wp::load(var_10);
    var_12 = wp::extract(var_13, var_11);
    var_14 = wp::address(var_v, var_0);
    var_17 = wp::load(var_14);
    var_16 = wp::extract(var_17, var_15);
    printf(var_5, var_8, var_12, var_16);
    // wp.printf("no newline")                                                                <L 16>
    printf(var_18);
    // wp.printf(                                                                             <L 17>
    // "two "                                                                                 <L 18>
    // i,                                                                                     <L 20>
    printf(var_19, var_0);
    // a[i] = report(a[i], i)                                                                 <L 22>
    var_20 = wp::address(var_a, var_0);
    var_22 = wp::load(var_20);
    var_21 = report_0(var_22, var_0);
    // wp::array_store(var_a, var_0, var_21);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_0, var_21, adj_a, adj_0, adj_21);
    adj_report_0(var_22, var_0, adj_20, adj_0, adj_21);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_20);
    // adj: a[i] = report(a[i], i)                                                            <L 22>
    // adj: i,                                                                                <L 20>
    // adj: "two "                                                                            <L 18>
    // adj: wp.printf(                                                                        <L 17>
    // adj: wp.printf("no newline")                                                           <L 16>
    wp::adj_extract(var_17, var_15, adj_14, adj_15, adj_16);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_14);
    wp::adj_extract(var_13, var_11, adj_10, adj_11, adj_12);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_10);
    wp::adj_extract(var_9, var_7, adj_6, adj_7, adj_8);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_6);
    // adj: wp.printf("v=%f %f " "%f\r\n", v[i][0], v[i].y, v[i][2])                          <L 15>
    // adj: wp.printf('hello\tworld\\ "quoted" \x01\n')                                       <L 14>
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_2);
    // adj: wp.printf("i=%d a=%f\n", i, a[i])                                                 <L 13>
    // adj: i = wp.tid()                                                                      <L 12>
    // adj: def printfs(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3)):                <L 11>
    return;
}



struct printfs_22efd8ee_cpu_block_payload_forward
{
    wp_args_printfs_22efd8ee* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void printfs_22efd8ee_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    printfs_22efd8ee_cpu_block_payload_forward* payload = (printfs_22efd8ee_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    printfs_22efd8ee_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void printfs_22efd8ee_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_printfs_22efd8ee *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        printfs_22efd8ee_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &printfs_22efd8ee_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct printfs_22efd8ee_cpu_block_payload_backward
{
    wp_args_printfs_22efd8ee* args;
    wp_args_printfs_22efd8ee* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void printfs_22efd8ee_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    printfs_22efd8ee_cpu_block_payload_backward* payload = (printfs_22efd8ee_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    printfs_22efd8ee_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void printfs_22efd8ee_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_printfs_22efd8ee *_wp_args,
    wp_args_printfs_22efd8ee *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        printfs_22efd8ee_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &printfs_22efd8ee_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

