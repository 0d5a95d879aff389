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

struct wp_args_narrow_ints_425c600f {
    wp::array_t<wp::int8> a;
    wp::array_t<wp::uint16> b;
    wp::array_t<wp::int16> c;
    wp::array_t<wp::uint8> d;
    wp::int32 n;
};


template <bool wp_linear_contiguous>
static void narrow_ints_425c600f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_narrow_ints_425c600f *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int8> var_a = _wp_args->a;
    wp::array_t<wp::uint16> var_b = _wp_args->b;
    wp::array_t<wp::int16> var_c = _wp_args->c;
    wp::array_t<wp::uint8> var_d = _wp_args->d;
    wp::int32 var_n = _wp_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int8* var_1;
    const wp::int32 var_2 = 3;
    wp::int8 var_3;
    wp::int8 var_4;
    wp::int8 var_5;
    wp::int8* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::int8* var_10;
    wp::int8 var_11;
    wp::int8 var_12;
    wp::int8 var_13;
    const wp::int32 var_14 = 1;
    wp::uint16* var_15;
    wp::uint16 var_16;
    wp::uint16 var_17;
    wp::uint16 var_18;
    wp::int16* var_19;
    const wp::int32 var_20 = 2;
    wp::int16 var_21;
    wp::int16 var_22;
    wp::int16 var_23;
    wp::uint8* var_24;
    const wp::int32 var_25 = 7;
    wp::uint8 var_26;
    wp::uint8 var_27;
    wp::uint8 var_28;
    //---------
    // forward
    // def narrow_ints(a: wp.array(dtype=wp.int8), b: wp.array2d(dtype=wp.uint16), c: wp.array(dtype=wp.int16), d: wp.array(dtype=wp.uint8), n: int):       <L 15>
    // i = wp.tid()                                                                           <L 16>
    var_0 = builtin_tid1d();
    // a[i] += wp.int8(3)                                                                     <L 17>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::int8(var_2);
    var_5 = wp::load(var_1);
    var_4 = wp::add(var_5, var_3);
    wp::array_store(var_a, var_0, var_4);
    // a[i] -= a[(i + 1) % n]                                                                 <L 18>
    var_6 = wp::address(var_a, var_0);
    var_8 = wp::add(var_0, var_7);
    var_9 = wp::mod(var_8, var_n);
    var_10 = wp::address(var_a, var_9);
    var_12 = wp::load(var_6);
    var_13 = wp::load(var_10);
    var_11 = wp::sub(var_12, var_13);
    wp::array_store(var_a, var_0, var_11);
    // b[i, 1] += wp.uint16(n)                                                                <L 19>
    var_15 = wp::address(var_b, var_0, var_14);
    var_16 = wp::uint16(var_n);
    var_18 = wp::load(var_15);
    var_17 = wp::add(var_18, var_16);
    wp::array_store(var_b, var_0, var_14, var_17);
    // c[i] *= wp.int16(2)                                                                    <L 20>
    var_19 = wp::address(var_c, var_0);
    var_21 = wp::int16(var_20);
    var_23 = wp::load(var_19);
    var_22 = wp::mul(var_23, var_21);
    wp::array_store(var_c, var_0, var_22);
    // d[i] ^= wp.uint8(7)                                                                    <L 21>
    var_24 = wp::address(var_d, var_0);
    var_26 = wp::uint8(var_25);
    var_28 = wp::load(var_24);
    var_27 = wp::bit_xor(var_28, var_26);
    wp::array_store(var_d, var_0, var_27);
}



template <bool wp_linear_contiguous>
static void narrow_ints_425c600f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_narrow_ints_425c600f *_wp_args,
    wp_args_narrow_ints_425c600f *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int8> var_a = _wp_args->a;
    wp::array_t<wp::uint16> var_b = _wp_args->b;
    wp::array_t<wp::int16> var_c = _wp_args->c;
    wp::array_t<wp::uint8> var_d = _wp_args->d;
    wp::int32 var_n = _wp_args->n;
    wp::array_t<wp::int8> adj_a = _wp_adj_args->a;
    wp::array_t<wp::uint16> adj_b = _wp_adj_args->b;
    wp::array_t<wp::int16> adj_c = _wp_adj_args->c;
    wp::array_t<wp::uint8> adj_d = _wp_adj_args->d;
    wp::int32 adj_n = _wp_adj_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int8* var_1;
    const wp::int32 var_2 = 3;
    wp::int8 var_3;
    wp::int8 var_4;
    wp::int8 var_5;
    wp::int8* var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::int8* var_10;
    wp::int8 var_11;
    wp::int8 var_12;
    wp::int8 var_13;
    const wp::int32 var_14 = 1;
    wp::uint16* var_15;
    wp::uint16 var_16;
    wp::uint16 var_17;
    wp::uint16 var_18;
    wp::int16* var_19;
    const wp::int32 var_20 = 2;
    wp::int16 var_21;
    wp::int16 var_22;
    wp::int16 var_23;
    wp::uint8* var_24;
    const wp::int32 var_25 = 7;
    wp::uint8 var_26;
    wp::uint8 var_27;
    wp::uint8 var_28;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int8 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int8 adj_3 = {};
    wp::int8 adj_4 = {};
    wp::int8 adj_5 = {};
    wp::int8 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int8 adj_10 = {};
    wp::int8 adj_11 = {};
    wp::int8 adj_12 = {};
    wp::int8 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::uint16 adj_15 = {};
    wp::uint16 adj_16 = {};
    wp::uint16 adj_17 = {};
    wp::uint16 adj_18 = {};
    wp::int16 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int16 adj_21 = {};
    wp::int16 adj_22 = {};
    wp::int16 adj_23 = {};
    wp::uint8 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::uint8 adj_26 = {};
    wp::uint8 adj_27 = {};
    wp::uint8 adj_28 = {};
    //---------
    // forward
    // def narrow_ints(a: wp.array(dtype=wp.int8), b: wp.array2d(dtype=wp.uint16), c: wp.array(dtype=wp.int16), d: wp.array(dtype=wp.uint8), n: int):       <L 15>
    // i = wp.tid()                                                                           <L 16>
    var_0 = builtin_tid1d();
    // a[i] += wp.int8(3)                                                                     <L 17>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::int8(var_2);
    var_5 = wp::load(var_1);
    var_4 = wp::add(var_5, var_3);
    // wp::array_store(var_a, var_0, var_4);
    // a[i] -= a[(i + 1) % n]                                                                 <L 18>
    var_6 = wp::address(var_a, var_0);
    var_8 = wp::add(var_0, var_7);
    var_9 = wp::mod(var_8, var_n);
    var_10 = wp::address(var_a, var_9);
    var_12 = wp::load(var_6);
    var_13 = wp::load(var_10);
    var_11 = wp::sub(var_12, var_13);
    // wp::array_store(var_a, var_0, var_11);
    // b[i, 1] += wp.uint16(n)                                                                <L 19>
    var_15 = wp::address(var_b, var_0, var_14);
    var_16 = wp::uint16(var_n);
    var_18 = wp::load(var_15);
    var_17 = wp::add(var_18, var_16);
    // wp::array_store(var_b, var_0, var_14, var_17);
    // c[i] *= wp.int16(2)                                                                    <L 20>
    var_19 = wp::address(var_c, var_0);
    var_21 = wp::int16(var_20);
    var_23 = wp::load(var_19);
    var_22 = wp::mul(var_23, var_21);
    // wp::array_store(var_c, var_0, var_22);
    // d[i] ^= wp.uint8(7)                                                                    <L 21>
    var_24 = wp::address(var_d, var_0);
    var_26 = wp::uint8(var_25);
    var_28 = wp::load(var_24);
    var_27 = wp::bit_xor(var_28, var_26);
    // wp::array_store(var_d, var_0, var_27);
    //---------
    // reverse
    wp::adj_array_store(var_d, var_0, var_27, adj_d, adj_0, adj_27);
    wp::adj_address(var_d, var_0, adj_d, adj_0, adj_24);
    // adj: d[i] ^= wp.uint8(7)                                                               <L 21>
    wp::adj_array_store(var_c, var_0, var_22, adj_c, adj_0, adj_22);
    wp::adj_mul(var_23, var_21, adj_19, adj_21, adj_22);
    wp::adj_address(var_c, var_0, adj_c, adj_0, adj_19);
    // adj: c[i] *= wp.int16(2)                                                               <L 20>
    wp::adj_array_store(var_b, var_0, var_14, var_17, adj_b, adj_0, adj_14, adj_17);
    wp::adj_add(var_18, var_16, adj_15, adj_16, adj_17);
    wp::adj_address(var_b, var_0, var_14, adj_b, adj_0, adj_14, adj_15);
    // adj: b[i, 1] += wp.uint16(n)                                                           <L 19>
    wp::adj_array_store(var_a, var_0, var_11, adj_a, adj_0, adj_11);
    wp::adj_sub(var_12, var_13, adj_6, adj_10, adj_11);
    wp::adj_address(var_a, var_9, adj_a, adj_9, adj_10);
    wp::adj_mod(var_8, var_n, adj_8, adj_n, adj_9);
    wp::adj_add(var_0, var_7, adj_0, adj_7, adj_8);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_6);
    // adj: a[i] -= a[(i + 1) % n]                                                            <L 18>
    wp::adj_array_store(var_a, var_0, var_4, adj_a, adj_0, adj_4);
    wp::adj_add(var_5, var_3, adj_1, adj_3, adj_4);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: a[i] += wp.int8(3)                                                                <L 17>
    // adj: i = wp.tid()                                                                      <L 16>
    // adj: def narrow_ints(a: wp.array(dtype=wp.int8), b: wp.array2d(dtype=wp.uint16), c: wp.array(dtype=wp.int16), d: wp.array(dtype=wp.uint8), n: int):  <L 15>
    return;
}



struct narrow_ints_425c600f_cpu_block_payload_forward
{
    wp_args_narrow_ints_425c600f* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void narrow_ints_425c600f_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    narrow_ints_425c600f_cpu_block_payload_forward* payload = (narrow_ints_425c600f_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    narrow_ints_425c600f_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void narrow_ints_425c600f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_narrow_ints_425c600f *_wp_args)
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
        narrow_ints_425c600f_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &narrow_ints_425c600f_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct narrow_ints_425c600f_cpu_block_payload_backward
{
    wp_args_narrow_ints_425c600f* args;
    wp_args_narrow_ints_425c600f* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void narrow_ints_425c600f_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    narrow_ints_425c600f_cpu_block_payload_backward* payload = (narrow_ints_425c600f_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    narrow_ints_425c600f_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void narrow_ints_425c600f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_narrow_ints_425c600f *_wp_args,
    wp_args_narrow_ints_425c600f *_wp_adj_args)
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
        narrow_ints_425c600f_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &narrow_ints_425c600f_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_non_atomic_ops_49775301 {
    wp::array_t<wp::float32> f;
    wp::array_t<wp::float64> g;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::int32> k;
};


template <bool wp_linear_contiguous>
static void non_atomic_ops_49775301_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_non_atomic_ops_49775301 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_f = _wp_args->f;
    wp::array_t<wp::float64> var_g = _wp_args->g;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::int32> var_k = _wp_args->k;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 2.0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32* var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    const wp::int32 var_8 = 4;
    wp::int32 var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float64* var_14;
    wp::float64 var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    wp::vec_t<3, wp::float32>* var_18;
    const wp::float32 var_19 = 3.0;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::int32* var_22;
    const wp::int32 var_23 = 5;
    wp::int32 var_24;
    wp::int32 var_25;
    wp::int32* var_26;
    const wp::int32 var_27 = 2;
    wp::int32 var_28;
    wp::int32 var_29;
    //---------
    // forward
    // def non_atomic_ops(f: wp.array(dtype=float), g: wp.array(dtype=wp.float64), v: wp.array(dtype=wp.vec3), k: wp.array(dtype=int)):       <L 25>
    // i = wp.tid()                                                                           <L 26>
    var_0 = builtin_tid1d();
    // f[i] *= 2.0                                                                            <L 27>
    var_1 = wp::address(var_f, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::mul(var_4, var_2);
    wp::array_store(var_f, var_0, var_3);
    // f[i] /= f[(i + 1) % 4]                                                                 <L 28>
    var_5 = wp::address(var_f, var_0);
    var_7 = wp::add(var_0, var_6);
    var_9 = wp::mod(var_7, var_8);
    var_10 = wp::address(var_f, var_9);
    var_12 = wp::load(var_5);
    var_13 = wp::load(var_10);
    var_11 = wp::div(var_12, var_13);
    wp::array_store(var_f, var_0, var_11);
    // g[i] *= wp.float64(0.5)                                                                <L 29>
    var_14 = wp::address(var_g, var_0);
    var_15 = 0.5;
    var_17 = wp::load(var_14);
    var_16 = wp::mul(var_17, var_15);
    wp::array_store(var_g, var_0, var_16);
    // v[i] *= 3.0                                                                            <L 30>
    var_18 = wp::address(var_v, var_0);
    var_21 = wp::load(var_18);
    var_20 = wp::mul(var_21, var_19);
    wp::array_store(var_v, var_0, var_20);
    // k[i] %= 5                                                                              <L 31>
    var_22 = wp::address(var_k, var_0);
    var_25 = wp::load(var_22);
    var_24 = wp::mod(var_25, var_23);
    wp::array_store(var_k, var_0, var_24);
    // k[i] //= 2                                                                             <L 32>
    var_26 = wp::address(var_k, var_0);
    var_29 = wp::load(var_26);
    var_28 = wp::floordiv(var_29, var_27);
    wp::array_store(var_k, var_0, var_28);
}



template <bool wp_linear_contiguous>
static void non_atomic_ops_49775301_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_non_atomic_ops_49775301 *_wp_args,
    wp_args_non_atomic_ops_49775301 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_f = _wp_args->f;
    wp::array_t<wp::float64> var_g = _wp_args->g;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::int32> var_k = _wp_args->k;
    wp::array_t<wp::float32> adj_f = _wp_adj_args->f;
    wp::array_t<wp::float64> adj_g = _wp_adj_args->g;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::int32> adj_k = _wp_adj_args->k;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 2.0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32* var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    const wp::int32 var_8 = 4;
    wp::int32 var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float64* var_14;
    wp::float64 var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    wp::vec_t<3, wp::float32>* var_18;
    const wp::float32 var_19 = 3.0;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::int32* var_22;
    const wp::int32 var_23 = 5;
    wp::int32 var_24;
    wp::int32 var_25;
    wp::int32* var_26;
    const wp::int32 var_27 = 2;
    wp::int32 var_28;
    wp::int32 var_29;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float64 adj_14 = {};
    wp::float64 adj_15 = {};
    wp::float64 adj_16 = {};
    wp::float64 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::float32 adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    //---------
    // forward
    // def non_atomic_ops(f: wp.array(dtype=float), g: wp.array(dtype=wp.float64), v: wp.array(dtype=wp.vec3), k: wp.array(dtype=int)):       <L 25>
    // i = wp.tid()                                                                           <L 26>
    var_0 = builtin_tid1d();
    // f[i] *= 2.0                                                                            <L 27>
    var_1 = wp::address(var_f, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::mul(var_4, var_2);
    // wp::array_store(var_f, var_0, var_3);
    // f[i] /= f[(i + 1) % 4]                                                                 <L 28>
    var_5 = wp::address(var_f, var_0);
    var_7 = wp::add(var_0, var_6);
    var_9 = wp::mod(var_7, var_8);
    var_10 = wp::address(var_f, var_9);
    var_12 = wp::load(var_5);
    var_13 = wp::load(var_10);
    var_11 = wp::div(var_12, var_13);
    // wp::array_store(var_f, var_0, var_11);
    // g[i] *= wp.float64(0.5)                                                                <L 29>
    var_14 = wp::address(var_g, var_0);
    var_15 = 0.5;
    var_17 = wp::load(var_14);
    var_16 = wp::mul(var_17, var_15);
    // wp::array_store(var_g, var_0, var_16);
    // v[i] *= 3.0                                                                            <L 30>
    var_18 = wp::address(var_v, var_0);
    var_21 = wp::load(var_18);
    var_20 = wp::mul(var_21, var_19);
    // wp::array_store(var_v, var_0, var_20);
    // k[i] %= 5                                                                              <L 31>
    var_22 = wp::address(var_k, var_0);
    var_25 = wp::load(var_22);
    var_24 = wp::mod(var_25, var_23);
    // wp::array_store(var_k, var_0, var_24);
    // k[i] //= 2                                                                             <L 32>
    var_26 = wp::address(var_k, var_0);
    var_29 = wp::load(var_26);
    var_28 = wp::floordiv(var_29, var_27);
    // wp::array_store(var_k, var_0, var_28);
    //---------
    // reverse
    wp::adj_array_store(var_k, var_0, var_28, adj_k, adj_0, adj_28);
    wp::adj_address(var_k, var_0, adj_k, adj_0, adj_26);
    // adj: k[i] //= 2                                                                        <L 32>
    wp::adj_array_store(var_k, var_0, var_24, adj_k, adj_0, adj_24);
    wp::adj_mod(var_25, var_23, adj_22, adj_23, adj_24);
    wp::adj_address(var_k, var_0, adj_k, adj_0, adj_22);
    // adj: k[i] %= 5                                                                         <L 31>
    wp::adj_array_store(var_v, var_0, var_20, adj_v, adj_0, adj_20);
    wp::adj_mul(var_21, var_19, adj_18, adj_19, adj_20);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_18);
    // adj: v[i] *= 3.0                                                                       <L 30>
    wp::adj_array_store(var_g, var_0, var_16, adj_g, adj_0, adj_16);
    wp::adj_mul(var_17, var_15, adj_14, adj_15, adj_16);
    wp::adj_address(var_g, var_0, adj_g, adj_0, adj_14);
    // adj: g[i] *= wp.float64(0.5)                                                           <L 29>
    wp::adj_array_store(var_f, var_0, var_11, adj_f, adj_0, adj_11);
    wp::adj_div(var_12, var_13, var_11, adj_5, adj_10, adj_11);
    wp::adj_address(var_f, var_9, adj_f, adj_9, adj_10);
    wp::adj_mod(var_7, var_8, adj_7, adj_8, adj_9);
    wp::adj_add(var_0, var_6, adj_0, adj_6, adj_7);
    wp::adj_address(var_f, var_0, adj_f, adj_0, adj_5);
    // adj: f[i] /= f[(i + 1) % 4]                                                            <L 28>
    wp::adj_array_store(var_f, var_0, var_3, adj_f, adj_0, adj_3);
    wp::adj_mul(var_4, var_2, adj_1, adj_2, adj_3);
    wp::adj_address(var_f, var_0, adj_f, adj_0, adj_1);
    // adj: f[i] *= 2.0                                                                       <L 27>
    // adj: i = wp.tid()                                                                      <L 26>
    // adj: def non_atomic_ops(f: wp.array(dtype=float), g: wp.array(dtype=wp.float64), v: wp.array(dtype=wp.vec3), k: wp.array(dtype=int)):  <L 25>
    return;
}



struct non_atomic_ops_49775301_cpu_block_payload_forward
{
    wp_args_non_atomic_ops_49775301* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void non_atomic_ops_49775301_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    non_atomic_ops_49775301_cpu_block_payload_forward* payload = (non_atomic_ops_49775301_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    non_atomic_ops_49775301_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void non_atomic_ops_49775301_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_non_atomic_ops_49775301 *_wp_args)
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
        non_atomic_ops_49775301_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &non_atomic_ops_49775301_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct non_atomic_ops_49775301_cpu_block_payload_backward
{
    wp_args_non_atomic_ops_49775301* args;
    wp_args_non_atomic_ops_49775301* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void non_atomic_ops_49775301_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    non_atomic_ops_49775301_cpu_block_payload_backward* payload = (non_atomic_ops_49775301_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    non_atomic_ops_49775301_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void non_atomic_ops_49775301_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_non_atomic_ops_49775301 *_wp_args,
    wp_args_non_atomic_ops_49775301 *_wp_adj_args)
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
        non_atomic_ops_49775301_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &non_atomic_ops_49775301_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_half_atomics_51496f7d {
    wp::array_t<wp::float16> h;
    wp::array_t<wp::vec_t<4, wp::float16>> hv;
    wp::array_t<wp::float32> f;
};


template <bool wp_linear_contiguous>
static void half_atomics_51496f7d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_half_atomics_51496f7d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float16> var_h = _wp_args->h;
    wp::array_t<wp::vec_t<4, wp::float16>> var_hv = _wp_args->hv;
    wp::array_t<wp::float32> var_f = _wp_args->f;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float16 var_2;
    wp::float32 var_3;
    wp::float16 var_4;
    const wp::float32 var_5 = 1.5;
    wp::float16 var_6;
    wp::float16 var_7;
    const wp::int32 var_8 = 0;
    const wp::float32 var_9 = 0.1;
    wp::float16 var_10;
    wp::float32* var_11;
    wp::float16 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = -0.25;
    wp::float16 var_15;
    const wp::float32 var_16 = 0.01;
    wp::float16 var_17;
    wp::vec_t<4, wp::float16> var_18;
    wp::vec_t<4, wp::float16> var_19;
    const wp::float32 var_20 = 2.0;
    wp::float16 var_21;
    wp::float16 var_22;
    wp::float16 var_23;
    //---------
    // forward
    // def half_atomics(h: wp.array(dtype=wp.float16), hv: wp.array2d(dtype=wp.vec4h), f: wp.array(dtype=float)):       <L 5>
    // i = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // h[i] += wp.float16(f[i])                                                               <L 7>
    var_1 = wp::address(var_f, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::float16(var_3);
    var_4 = wp::atomic_add(var_h, var_0, var_2);
    // h[i] -= wp.float16(1.5)                                                                <L 8>
    var_6 = wp::float16(var_5);
    var_7 = wp::atomic_sub(var_h, var_0, var_6);
    // hv[i, 0] -= wp.vec4h(wp.float16(0.1), wp.float16(f[i]), wp.float16(-0.25), wp.float16(0.01))       <L 9>
    var_10 = wp::float16(var_9);
    var_11 = wp::address(var_f, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::float16(var_13);
    var_15 = wp::float16(var_14);
    var_17 = wp::float16(var_16);
    var_18 = wp::vec_t<4, wp::float16>(var_10, var_12, var_15, var_17);
    var_19 = wp::atomic_sub(var_hv, var_0, var_8, var_18);
    // old = wp.atomic_add(h, i, wp.float16(2.0))                                             <L 10>
    var_21 = wp::float16(var_20);
    var_22 = wp::atomic_add(var_h, var_0, var_21);
    // wp.atomic_sub(h, i, old)                                                               <L 11>
    var_23 = wp::atomic_sub(var_h, var_0, var_22);
}



template <bool wp_linear_contiguous>
static void half_atomics_51496f7d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_half_atomics_51496f7d *_wp_args,
    wp_args_half_atomics_51496f7d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float16> var_h = _wp_args->h;
    wp::array_t<wp::vec_t<4, wp::float16>> var_hv = _wp_args->hv;
    wp::array_t<wp::float32> var_f = _wp_args->f;
    wp::array_t<wp::float16> adj_h = _wp_adj_args->h;
    wp::array_t<wp::vec_t<4, wp::float16>> adj_hv = _wp_adj_args->hv;
    wp::array_t<wp::float32> adj_f = _wp_adj_args->f;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float16 var_2;
    wp::float32 var_3;
    wp::float16 var_4;
    const wp::float32 var_5 = 1.5;
    wp::float16 var_6;
    wp::float16 var_7;
    const wp::int32 var_8 = 0;
    const wp::float32 var_9 = 0.1;
    wp::float16 var_10;
    wp::float32* var_11;
    wp::float16 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = -0.25;
    wp::float16 var_15;
    const wp::float32 var_16 = 0.01;
    wp::float16 var_17;
    wp::vec_t<4, wp::float16> var_18;
    wp::vec_t<4, wp::float16> var_19;
    const wp::float32 var_20 = 2.0;
    wp::float16 var_21;
    wp::float16 var_22;
    wp::float16 var_23;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float16 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float16 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float16 adj_6 = {};
    wp::float16 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float16 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float16 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float16 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float16 adj_17 = {};
    wp::vec_t<4, wp::float16> adj_18 = {};
    wp::vec_t<4, wp::float16> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float16 adj_21 = {};
    wp::float16 adj_22 = {};
    wp::float16 adj_23 = {};
    //---------
    // forward
    // def half_atomics(h: wp.array(dtype=wp.float16), hv: wp.array2d(dtype=wp.vec4h), f: wp.array(dtype=float)):       <L 5>
    // i = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // h[i] += wp.float16(f[i])                                                               <L 7>
    var_1 = wp::address(var_f, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::float16(var_3);
    // var_4 = wp::atomic_add(var_h, var_0, var_2);
    // h[i] -= wp.float16(1.5)                                                                <L 8>
    var_6 = wp::float16(var_5);
    // var_7 = wp::atomic_sub(var_h, var_0, var_6);
    // hv[i, 0] -= wp.vec4h(wp.float16(0.1), wp.float16(f[i]), wp.float16(-0.25), wp.float16(0.01))       <L 9>
    var_10 = wp::float16(var_9);
    var_11 = wp::address(var_f, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::float16(var_13);
    var_15 = wp::float16(var_14);
    var_17 = wp::float16(var_16);
    var_18 = wp::vec_t<4, wp::float16>(var_10, var_12, var_15, var_17);
    // var_19 = wp::atomic_sub(var_hv, var_0, var_8, var_18);
    // old = wp.atomic_add(h, i, wp.float16(2.0))                                             <L 10>
    var_21 = wp::float16(var_20);
    // var_22 = wp::atomic_add(var_h, var_0, var_21);
    // wp.atomic_sub(h, i, old)                                                               <L 11>
    // var_23 = wp::atomic_sub(var_h, var_0, var_22);
    //---------
    // reverse
    wp::adj_atomic_sub(var_h, var_0, var_22, adj_h, adj_0, adj_22, adj_23);
    // adj: wp.atomic_sub(h, i, old)                                                          <L 11>
    wp::adj_atomic_add(var_h, var_0, var_21, adj_h, adj_0, adj_21, adj_22);
    wp::adj_float16(var_20, adj_20, adj_21);
    // adj: old = wp.atomic_add(h, i, wp.float16(2.0))                                        <L 10>
    wp::adj_atomic_sub(var_hv, var_0, var_8, var_18, adj_hv, adj_0, adj_8, adj_18, adj_19);
    wp::adj_vec_t(var_10, var_12, var_15, var_17, adj_10, adj_12, adj_15, adj_17, adj_18);
    wp::adj_float16(var_16, adj_16, adj_17);
    wp::adj_float16(var_14, adj_14, adj_15);
    wp::adj_float16(var_13, adj_11, adj_12);
    wp::adj_address(var_f, var_0, adj_f, adj_0, adj_11);
    wp::adj_float16(var_9, adj_9, adj_10);
    // adj: hv[i, 0] -= wp.vec4h(wp.float16(0.1), wp.float16(f[i]), wp.float16(-0.25), wp.float16(0.01))  <L 9>
    wp::adj_atomic_sub(var_h, var_0, var_6, adj_h, adj_0, adj_6, adj_7);
    wp::adj_float16(var_5, adj_5, adj_6);
    // adj: h[i] -= wp.float16(1.5)                                                           <L 8>
    wp::adj_atomic_add(var_h, var_0, var_2, adj_h, adj_0, adj_2, adj_4);
    wp::adj_float16(var_3, adj_1, adj_2);
    wp::adj_address(var_f, var_0, adj_f, adj_0, adj_1);
    // adj: h[i] += wp.float16(f[i])                                                          <L 7>
    // adj: i = wp.tid()                                                                      <L 6>
    // adj: def half_atomics(h: wp.array(dtype=wp.float16), hv: wp.array2d(dtype=wp.vec4h), f: wp.array(dtype=float)):  <L 5>
    return;
}



struct half_atomics_51496f7d_cpu_block_payload_forward
{
    wp_args_half_atomics_51496f7d* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void half_atomics_51496f7d_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    half_atomics_51496f7d_cpu_block_payload_forward* payload = (half_atomics_51496f7d_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    half_atomics_51496f7d_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void half_atomics_51496f7d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_half_atomics_51496f7d *_wp_args)
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
        half_atomics_51496f7d_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &half_atomics_51496f7d_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct half_atomics_51496f7d_cpu_block_payload_backward
{
    wp_args_half_atomics_51496f7d* args;
    wp_args_half_atomics_51496f7d* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void half_atomics_51496f7d_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    half_atomics_51496f7d_cpu_block_payload_backward* payload = (half_atomics_51496f7d_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    half_atomics_51496f7d_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void half_atomics_51496f7d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_half_atomics_51496f7d *_wp_args,
    wp_args_half_atomics_51496f7d *_wp_adj_args)
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
        half_atomics_51496f7d_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &half_atomics_51496f7d_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_bitwise_atomics_cd773b7f {
    wp::array_t<wp::int32> a;
    wp::array_t<wp::uint64> b;
    wp::array_t<wp::vec_t<3, wp::int32>> c;
    wp::int32 n;
};


template <bool wp_linear_contiguous>
static void bitwise_atomics_cd773b7f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bitwise_atomics_cd773b7f *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_a = _wp_args->a;
    wp::array_t<wp::uint64> var_b = _wp_args->b;
    wp::array_t<wp::vec_t<3, wp::int32>> var_c = _wp_args->c;
    wp::int32 var_n = _wp_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 4;
    wp::int32 var_3;
    const wp::int32 var_4 = 1;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::int32* var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 0;
    wp::uint64 var_11;
    wp::uint64 var_12;
    const wp::int32 var_13 = 1;
    const wp::int32 var_14 = 2;
    const wp::int32 var_15 = 3;
    wp::vec_t<3, wp::int32> var_16;
    wp::vec_t<3, wp::int32> var_17;
    const wp::int32 var_18 = 7;
    wp::int32 var_19;
    wp::int32 var_20;
    const wp::int32 var_21 = 1;
    wp::uint64 var_22;
    wp::uint64 var_23;
    //---------
    // forward
    // def bitwise_atomics(a: wp.array(dtype=int), b: wp.array2d(dtype=wp.uint64), c: wp.array(dtype=wp.vec3i), n: int):       <L 36>
    // i = wp.tid()                                                                           <L 37>
    var_0 = builtin_tid1d();
    // a[i] &= n                                                                              <L 38>
    var_1 = wp::atomic_and(var_a, var_0, var_n);
    // a[i] |= 4                                                                              <L 39>
    var_3 = wp::atomic_or(var_a, var_0, var_2);
    // a[(i + 1) % n] ^= a[i]                                                                 <L 40>
    var_5 = wp::add(var_0, var_4);
    var_6 = wp::mod(var_5, var_n);
    var_7 = wp::address(var_a, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::atomic_xor(var_a, var_6, var_9);
    // b[i, 0] |= wp.uint64(n)                                                                <L 41>
    var_11 = wp::uint64(var_n);
    var_12 = wp::atomic_or(var_b, var_0, var_10, var_11);
    // c[i] ^= wp.vec3i(1, 2, 3)                                                              <L 42>
    var_16 = wp::vec_t<3, wp::int32>(var_13, var_14, var_15);
    var_17 = wp::atomic_xor(var_c, var_0, var_16);
    // old = wp.atomic_and(a, i, 7)                                                           <L 43>
    var_19 = wp::atomic_and(var_a, var_0, var_18);
    // wp.atomic_or(a, i, old)                                                                <L 44>
    var_20 = wp::atomic_or(var_a, var_0, var_19);
    // wp.atomic_xor(b, i, 1, wp.uint64(3))                                                   <L 45>
    var_22 = 3ull;
    var_23 = wp::atomic_xor(var_b, var_0, var_21, var_22);
}



template <bool wp_linear_contiguous>
static void bitwise_atomics_cd773b7f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bitwise_atomics_cd773b7f *_wp_args,
    wp_args_bitwise_atomics_cd773b7f *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_a = _wp_args->a;
    wp::array_t<wp::uint64> var_b = _wp_args->b;
    wp::array_t<wp::vec_t<3, wp::int32>> var_c = _wp_args->c;
    wp::int32 var_n = _wp_args->n;
    wp::array_t<wp::int32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::uint64> adj_b = _wp_adj_args->b;
    wp::array_t<wp::vec_t<3, wp::int32>> adj_c = _wp_adj_args->c;
    wp::int32 adj_n = _wp_adj_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 4;
    wp::int32 var_3;
    const wp::int32 var_4 = 1;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::int32* var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 0;
    wp::uint64 var_11;
    wp::uint64 var_12;
    const wp::int32 var_13 = 1;
    const wp::int32 var_14 = 2;
    const wp::int32 var_15 = 3;
    wp::vec_t<3, wp::int32> var_16;
    wp::vec_t<3, wp::int32> var_17;
    const wp::int32 var_18 = 7;
    wp::int32 var_19;
    wp::int32 var_20;
    const wp::int32 var_21 = 1;
    wp::uint64 var_22;
    wp::uint64 var_23;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::uint64 adj_11 = {};
    wp::uint64 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::vec_t<3, wp::int32> adj_16 = {};
    wp::vec_t<3, wp::int32> adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::uint64 adj_22 = {};
    wp::uint64 adj_23 = {};
    //---------
    // forward
    // def bitwise_atomics(a: wp.array(dtype=int), b: wp.array2d(dtype=wp.uint64), c: wp.array(dtype=wp.vec3i), n: int):       <L 36>
    // i = wp.tid()                                                                           <L 37>
    var_0 = builtin_tid1d();
    // a[i] &= n                                                                              <L 38>
    // var_1 = wp::atomic_and(var_a, var_0, var_n);
    // a[i] |= 4                                                                              <L 39>
    // var_3 = wp::atomic_or(var_a, var_0, var_2);
    // a[(i + 1) % n] ^= a[i]                                                                 <L 40>
    var_5 = wp::add(var_0, var_4);
    var_6 = wp::mod(var_5, var_n);
    var_7 = wp::address(var_a, var_0);
    var_9 = wp::load(var_7);
    // var_8 = wp::atomic_xor(var_a, var_6, var_9);
    // b[i, 0] |= wp.uint64(n)                                                                <L 41>
    var_11 = wp::uint64(var_n);
    // var_12 = wp::atomic_or(var_b, var_0, var_10, var_11);
    // c[i] ^= wp.vec3i(1, 2, 3)                                                              <L 42>
    var_16 = wp::vec_t<3, wp::int32>(var_13, var_14, var_15);
    // var_17 = wp::atomic_xor(var_c, var_0, var_16);
    // old = wp.atomic_and(a, i, 7)                                                           <L 43>
    // var_19 = wp::atomic_and(var_a, var_0, var_18);
    // wp.atomic_or(a, i, old)                                                                <L 44>
    // var_20 = wp::atomic_or(var_a, var_0, var_19);
    // wp.atomic_xor(b, i, 1, wp.uint64(3))                                                   <L 45>
    var_22 = 3ull;
    // var_23 = wp::atomic_xor(var_b, var_0, var_21, var_22);
    //---------
    // reverse
    // adj: wp.atomic_xor(b, i, 1, wp.uint64(3))                                              <L 45>
    // adj: wp.atomic_or(a, i, old)                                                           <L 44>
    // adj: old = wp.atomic_and(a, i, 7)                                                      <L 43>
    wp::adj_vec_t(var_13, var_14, var_15, adj_13, adj_14, adj_15, adj_16);
    // adj: c[i] ^= wp.vec3i(1, 2, 3)                                                         <L 42>
    // adj: b[i, 0] |= wp.uint64(n)                                                           <L 41>
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_7);
    wp::adj_mod(var_5, var_n, adj_5, adj_n, adj_6);
    wp::adj_add(var_0, var_4, adj_0, adj_4, adj_5);
    // adj: a[(i + 1) % n] ^= a[i]                                                            <L 40>
    // adj: a[i] |= 4                                                                         <L 39>
    // adj: a[i] &= n                                                                         <L 38>
    // adj: i = wp.tid()                                                                      <L 37>
    // adj: def bitwise_atomics(a: wp.array(dtype=int), b: wp.array2d(dtype=wp.uint64), c: wp.array(dtype=wp.vec3i), n: int):  <L 36>
    return;
}



struct bitwise_atomics_cd773b7f_cpu_block_payload_forward
{
    wp_args_bitwise_atomics_cd773b7f* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void bitwise_atomics_cd773b7f_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    bitwise_atomics_cd773b7f_cpu_block_payload_forward* payload = (bitwise_atomics_cd773b7f_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    bitwise_atomics_cd773b7f_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void bitwise_atomics_cd773b7f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bitwise_atomics_cd773b7f *_wp_args)
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
        bitwise_atomics_cd773b7f_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &bitwise_atomics_cd773b7f_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct bitwise_atomics_cd773b7f_cpu_block_payload_backward
{
    wp_args_bitwise_atomics_cd773b7f* args;
    wp_args_bitwise_atomics_cd773b7f* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void bitwise_atomics_cd773b7f_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    bitwise_atomics_cd773b7f_cpu_block_payload_backward* payload = (bitwise_atomics_cd773b7f_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    bitwise_atomics_cd773b7f_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void bitwise_atomics_cd773b7f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bitwise_atomics_cd773b7f *_wp_args,
    wp_args_bitwise_atomics_cd773b7f *_wp_adj_args)
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
        bitwise_atomics_cd773b7f_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &bitwise_atomics_cd773b7f_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

